import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { JsonLd } from '../../../components/JsonLd'
import { LivePreview } from '../../../components/LivePreview'
import { ArticleView } from '../../../components/views'
import { getArticle, getDraft, getSlugs } from '../../../lib/content'
import { pageMetadata } from '../../../lib/metadata'
import { apiUrl } from '../../../lib/settings'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = () => getSlugs('articles')

/** The draft a preview link opened, else the published article. */
const load = async (slug: string) => {
  const draft = await getDraft({ collection: 'articles', slug })
  return { draft, article: draft ?? (await getArticle(slug)) }
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { slug } = await params
  const { article } = await load(slug)
  if (!article) return {}
  const { meta } = article
  return pageMetadata({ title: meta?.title || article.title, description: meta?.description || article.summary, path: `/articles/${slug}`, image: meta?.image, type: 'article' })
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const { draft, article } = await load(slug)
  if (!article) notFound()
  return (
    <>
      <JsonLd data={article.jsonLd} />
      {draft ? <LivePreview kind="article" initial={draft} api={apiUrl()} /> : <ArticleView article={article} api={apiUrl()} />}
    </>
  )
}
