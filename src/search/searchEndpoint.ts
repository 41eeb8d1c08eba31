import type { Endpoint, PayloadRequest, Where } from 'payload'

import { pagePath, pageUrl } from '../jsonLd/site'
import { collectionSlugs } from '../slugs'

/** At most this many results per answer, 10 unless `limit` asks for fewer or more. */
export const searchLimits = { default: 10, max: 20 }
/** Longer queries are refused; past this many words the rest are ignored (each one is a scan of the index). */
const maxQueryLength = 100
const maxWords = 8

export type SearchResult = {
  type: string
  title: string
  slug: string | null
  summary: string | null
  /** The page on the site, for the kinds that have one (not quotes). */
  path?: string
  url?: string
}

/** The words of a query: letters and digits only (anything else separates words), lower case. */
export const queryWords = (q: string) => (q.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, maxWords)

/** A 400 naming the query parameter that is wrong, in Payload's shape for field errors. */
const badParameter = (path: string, message: string) =>
  Response.json({ errors: [{ name: 'ValidationError', message, data: { errors: [{ path, message }] } }] }, { status: 400 })

/** Index entries a visitor may get: a discount only while its dates include now. */
const activeNow = (): Where => {
  const now = new Date().toISOString()
  return {
    and: [
      { or: [{ activeFrom: { equals: null } }, { activeFrom: { less_than_equal: now } }] },
      { or: [{ activeUntil: { equals: null } }, { activeUntil: { greater_than: now } }] },
    ],
  }
}

const find = (req: PayloadRequest, field: 'title' | 'text', words: string[], limit: number, not: (number | string)[]) =>
  req.payload.find({
    collection: collectionSlugs.search,
    where: { and: [...words.map((word) => ({ [field]: { contains: word } })), activeNow(), ...(not.length ? [{ id: { not_in: not } }] : [])] },
    select: { title: true, slug: true, summary: true, doc: true },
    sort: ['-priority', 'title'],
    depth: 0,
    limit,
    pagination: false,
    overrideAccess: true,
  })

/**
 * `GET /api/search?q=…&limit=…`: published articles, services, quotes and active provider
 * discounts whose words include every word of `q`, those whose title has them all first (then
 * services, articles and discounts before quotes, then by title). `{ q, limit, docs: [{ type,
 * title, slug, summary, path, url }] }`. `q` is required and at most 100 characters (a 400
 * otherwise); one with no letters or digits answers no results; `limit` is 1 to 20 (more is
 * answered as 20). Anonymous answers are cached by the server like every public read.
 */
export const searchEndpoint: Endpoint = {
  path: '/',
  method: 'get',
  handler: async (req) => {
    const q = req.searchParams.get('q')
    if (q === null || q.trim() === '') return badParameter('q', 'Send what to search for as q, e.g. ?q=integration.')
    if (q.length > maxQueryLength) return badParameter('q', `The search is too long: at most ${maxQueryLength} characters.`)
    const limitParam = req.searchParams.get('limit')
    const asked = limitParam === null ? searchLimits.default : Number(limitParam)
    if (!Number.isInteger(asked) || asked < 1) return badParameter('limit', `limit is a whole number from 1 to ${searchLimits.max}.`)
    const limit = Math.min(asked, searchLimits.max)

    const words = queryWords(q)
    if (words.length === 0) return Response.json({ q, limit, docs: [] })
    const inTitle = (await find(req, 'title', words, limit, [])).docs
    const inText = inTitle.length < limit ? (await find(req, 'text', words, limit - inTitle.length, inTitle.map((doc) => doc.id))).docs : []
    const docs: SearchResult[] = [...inTitle, ...inText].map(({ doc, title, slug, summary }) => {
      const type = doc.relationTo
      return { type, title: title ?? '', slug: slug ?? null, summary: summary ?? null, path: pagePath(req, type, slug), url: pageUrl(req, type, slug) }
    })
    return Response.json({ q, limit, docs })
  },
}
