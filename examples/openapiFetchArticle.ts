import createClient from 'openapi-fetch'
import { stringify } from 'qs-esm'

import type { paths } from './openapi'

/**
 * A client typed by the API document (`npx openapi-typescript <server>/api/openapi.json -o
 * openapi.d.ts`). openapi-fetch writes a query object only one level deep, and Payload's filters
 * nest (`where[slug][equals]=…`), so the query goes through qs, the syntax Payload reads.
 */
export const contentClient = (apiUrl: string) =>
  createClient<paths>({ baseUrl: apiUrl, querySerializer: (query) => stringify(query, { encodeValuesOnly: true }) })

/** The published article with this slug, related documents filled in one level deep; undefined if there is none. */
export async function openapiFetchArticle(apiUrl: string, slug: string) {
  const { data, error, response } = await contentClient(apiUrl).GET('/api/articles', {
    params: { query: { where: { slug: { equals: slug } }, depth: 1 } },
  })
  if (!data) throw new Error(`The content API answered ${response.status}${error ? `: ${error.errors[0].message}` : ''}`)
  return data.docs[0]
}
