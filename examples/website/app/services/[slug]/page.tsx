import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { JsonLd } from '../../../components/JsonLd'
import { LivePreview } from '../../../components/LivePreview'
import { ServiceView } from '../../../components/views'
import { getDraft, getService, getSlugs } from '../../../lib/content'
import { pageMetadata } from '../../../lib/metadata'
import { apiUrl } from '../../../lib/settings'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = () => getSlugs('services')

const load = async (slug: string) => {
  const draft = await getDraft({ collection: 'services', slug })
  return { draft, service: draft ?? (await getService(slug)) }
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { slug } = await params
  const { service } = await load(slug)
  if (!service) return {}
  const { meta } = service
  return pageMetadata({ title: meta?.title || service.name, description: meta?.description || service.summary, path: `/services/${slug}`, image: meta?.image })
}

export default async function ServicePage({ params }: Props) {
  const { slug } = await params
  const { draft, service } = await load(slug)
  if (!service) notFound()
  return (
    <>
      <JsonLd data={service.jsonLd} />
      {draft ? <LivePreview kind="service" initial={draft} api={apiUrl()} /> : <ServiceView service={service} api={apiUrl()} />}
    </>
  )
}
