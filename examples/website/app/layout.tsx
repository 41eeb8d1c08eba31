import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { draftMode } from 'next/headers'
import Link from 'next/link'

import { getClinicInfo } from '../lib/content'
import { siteUrl } from '../lib/settings'
import './globals.css'

export const generateMetadata = async (): Promise<Metadata> => {
  const clinic = await getClinicInfo()
  return { metadataBase: new URL(siteUrl()), title: { default: clinic.name, template: `%s · ${clinic.name}` }, openGraph: { siteName: clinic.name } }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1d3b36' }

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [clinic, { isEnabled: previewing }] = await Promise.all([getClinicInfo(), draftMode()])
  return (
    <html lang="en">
      <body>
        <a className="skip" href="#main">
          Skip to content
        </a>
        {previewing && (
          <p className="preview-banner" role="status">
            You are looking at a preview of unpublished changes. <a href="/api/exit-preview">Leave preview</a>
          </p>
        )}
        <header className="site-header">
          <Link href="/" className="brand">
            {clinic.name}
          </Link>
          <nav aria-label="Main">
            <Link href="/provider-discounts">For providers</Link>
            <Link href="/contact">Contact</Link>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>
            {clinic.name} · <Link href="/contact">{clinic.contact?.heading || 'Contact us'}</Link>
          </p>
        </footer>
      </body>
    </html>
  )
}
