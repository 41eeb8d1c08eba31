import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { JsonLd } from '../../../components/JsonLd'
import { LivePreview } from '../../../components/LivePreview'
import { ArticleView } from '../../../components/views'
import { getPageDocument, getSlugs } from '../../../lib/content'
import { pageMetadata } from '../../../lib/metadata'
import { apiUrl } from '../../../lib/settings'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = () => getSlugs('articles')

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { slug } = await params
  const { doc: article } = await getPageDocument('articles', slug)
  if (!article) return {}
  const { meta } = article
  return pageMetadata({ title: meta?.title || article.title, description: meta?.description || article.summary, path: `/articles/${slug}`, image: meta?.image, type: 'article' })
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const { draft, doc: article } = await getPageDocument('articles', slug)
  if (!article) notFound()
  return (
    <>
      <JsonLd data={article.jsonLd} />
      {draft ? <LivePreview kind="article" initial={draft} api={apiUrl()} /> : <ArticleView article={article} api={apiUrl()} />}
    </>
  )
}
