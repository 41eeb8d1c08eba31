import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { JsonLd } from '../../../components/JsonLd'
import { LivePreview } from '../../../components/LivePreview'
import { DiscountView } from '../../../components/views'
import { getClinicInfo, getPageDocument, getSlugs } from '../../../lib/content'
import { pageMetadata } from '../../../lib/metadata'
import { apiUrl } from '../../../lib/settings'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = () => getSlugs('provider-discounts')

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { slug } = await params
  const { doc: discount } = await getPageDocument('provider-discounts', slug)
  if (!discount) return {}
  return pageMetadata({ title: discount.title, description: discount.eligibility, path: `/provider-discounts/${slug}` })
}

/** One offer's page (the API shows only offers that are active now: an ended one is a 404). */
export default async function ProviderDiscountPage({ params }: Props) {
  const { slug } = await params
  const [{ draft, doc: discount }, clinic] = await Promise.all([getPageDocument('provider-discounts', slug), getClinicInfo()])
  if (!discount) notFound()
  return (
    <>
      <JsonLd data={clinic.jsonLd} />
      {draft ? <LivePreview kind="provider-discount" initial={draft} api={apiUrl()} /> : <DiscountView discount={discount} api={apiUrl()} />}
    </>
  )
}
