import type { Metadata } from 'next'

import Link from 'next/link'

import { JsonLd } from '../../components/JsonLd'
import { DiscountView } from '../../components/views'
import { getClinicInfo, getProviderDiscounts } from '../../lib/content'
import { pageMetadata } from '../../lib/metadata'
import { apiUrl } from '../../lib/settings'

export const metadata: Metadata = pageMetadata({
  title: 'For healthcare providers',
  description: 'Terms the clinic offers to fellow healthcare professionals and people dedicated to serving others.',
  path: '/provider-discounts',
})

/** The offers active now: the API shows the public nothing else (a page may show an ended offer until its next revalidation, at most lib/content.ts revalidateSeconds later). */
export default async function ProviderDiscountsPage() {
  const [discounts, clinic] = await Promise.all([getProviderDiscounts(), getClinicInfo()])
  return (
    <div className="prose">
      <JsonLd data={clinic.jsonLd} />
      <h1>For healthcare providers</h1>
      {discounts.length === 0 ? (
        <p>
          There is no offer at the moment. <Link href="/contact">Ask us</Link> about working together.
        </p>
      ) : (
        discounts.map((discount) => <DiscountView key={discount.id} discount={discount} api={apiUrl()} heading="h2" />)
      )}
    </div>
  )
}
