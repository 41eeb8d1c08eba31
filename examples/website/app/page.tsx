import type { Metadata } from 'next'

import Link from 'next/link'

import { JsonLd } from '../components/JsonLd'
import { LivePreview } from '../components/LivePreview'
import { ClinicView, QuoteView } from '../components/views'
import { getClinicInfo, getClinicInfoDraft, getLatestArticles, getQuote, getServices } from '../lib/content'
import { pageMetadata } from '../lib/metadata'
import { apiUrl } from '../lib/settings'

export const generateMetadata = async (): Promise<Metadata> => {
  const clinic = await getClinicInfo()
  return { ...pageMetadata({ title: clinic.name, description: clinic.contact?.text, path: '/' }), title: { absolute: clinic.name } }
}

export default async function HomePage() {
  const [draft, clinic, services, articles, quote] = await Promise.all([getClinicInfoDraft(), getClinicInfo(), getServices(), getLatestArticles(3), getQuote()])
  return (
    <>
      <JsonLd data={(draft ?? clinic).jsonLd} />
      {quote && <JsonLd data={quote.jsonLd} />}
      {draft ? <LivePreview kind="clinic" initial={draft} api={apiUrl()} /> : <ClinicView clinic={clinic} />}
      <Cards heading="Treatments" items={services.map(({ name, slug, summary }) => ({ title: name, href: `/services/${slug}`, summary }))} />
      <Cards heading="Latest articles" items={articles.map(({ title, slug, summary }) => ({ title, href: `/articles/${slug}`, summary }))} />
      {quote && <QuoteView quote={quote} />}
    </>
  )
}

/** A section of linked cards (nothing when there are none). */
function Cards({ heading, items }: { heading: string; items: { title: string; href: string; summary?: string | null }[] }) {
  if (items.length === 0) return null
  return (
    <section>
      <h2>{heading}</h2>
      <ul className="cards">
        {items.map((item) => (
          <li key={item.href}>
            <h3>
              <Link href={item.href}>{item.title}</Link>
            </h3>
            {item.summary && <p>{item.summary}</p>}
          </li>
        ))}
      </ul>
    </section>
  )
}
