import type { Article } from './payload-types'

/** The published article with this slug, related documents filled in one level deep; undefined if there is none. */
export async function fetchArticle(apiUrl: string, slug: string): Promise<Article | undefined> {
  const url = new URL('/api/articles', apiUrl)
  url.searchParams.set('where[slug][equals]', slug)
  url.searchParams.set('depth', '1')
  const response = await fetch(url)
  if (!response.ok) throw new Error(`The content API answered ${response.status}`)
  const { docs } = (await response.json()) as { docs: Article[] }
  return docs[0]
}
