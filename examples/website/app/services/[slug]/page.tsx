import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { JsonLd } from '../../../components/JsonLd'
import { LivePreview } from '../../../components/LivePreview'
import { ServiceView } from '../../../components/views'
import { getPageDocument, getSlugs } from '../../../lib/content'
import { pageMetadata } from '../../../lib/metadata'
import { apiUrl } from '../../../lib/settings'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = () => getSlugs('services')

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { slug } = await params
  const { doc: service } = await getPageDocument('services', slug)
  if (!service) return {}
  const { meta } = service
  return pageMetadata({ title: meta?.title || service.name, description: meta?.description || service.summary, path: `/services/${slug}`, image: meta?.image })
}

export default async function ServicePage({ params }: Props) {
  const { slug } = await params
  const { draft, doc: service } = await getPageDocument('services', slug)
  if (!service) notFound()
  return (
    <>
      <JsonLd data={service.jsonLd} />
      {draft ? <LivePreview kind="service" initial={draft} api={apiUrl()} /> : <ServiceView service={service} api={apiUrl()} />}
    </>
  )
}
