import type { Endpoint, PayloadRequest } from 'payload'

import { pagePath, pageUrl, siteSettings } from '../jsonLd/site'
import { targetPath } from '../redirects/paths'
import { collectionSlugs } from '../slugs'

type Page = { url?: string; path: string; lastmod: string; collection?: string; global?: string; slug?: string }
type Redirect = { from: string; to: string; status: number }

const page = (req: PayloadRequest, kind: 'collection' | 'global', entity: string, lastmod: string, slug?: string): Page[] => {
  const path = pagePath(req, entity, slug)
  if (!path) return []
  return [{ url: pageUrl(req, entity, slug), path, lastmod, [kind]: entity, ...(slug ? { slug } : {}) }]
}

/**
 * Every redirect whose target the public can reach, as `{ from, to, status }` with `to` the
 * target's current path (or the typed address): what a frontend's redirect table needs, with no
 * lookups of its own. A redirect to a page that is unpublished or gone is left out.
 */
const publicRedirects = async (req: PayloadRequest): Promise<Redirect[]> => {
  if (!req.payload.collections[collectionSlugs.redirects]) return []
  const { docs } = await req.payload.find({ collection: collectionSlugs.redirects, overrideAccess: false, depth: 0, pagination: false, sort: 'from' })
  const redirects: Redirect[] = []
  for (const { from, to, type } of docs) {
    const target = await targetPath(req, to as never, { asPublic: true })
    if (target && target !== from) redirects.push({ from, to: target, status: Number(type) })
  }
  return redirects
}

/**
 * `GET /api/sitemap`: every public page, `{ pages: [{ url, path, lastmod, collection | global,
 * slug }], redirects: [{ from, to, status }] }`, for a frontend to turn into sitemap.xml and
 * its redirect table. Pages are the kinds that have a path (the preview paths: articles,
 * services, provider discounts, and `/` for clinic-info), read as an anonymous caller whoever
 * asks, so the list is exactly what the public API shows: published documents, and provider
 * discounts only while active.
 */
export const sitemapEndpoint: Endpoint = {
  path: '/sitemap',
  method: 'get',
  handler: async (req) => {
    const { payload } = req
    const pages: Page[] = []
    for (const entity of Object.keys(siteSettings(req).paths)) {
      if (payload.collections[entity as 'articles']) {
        const { docs } = await payload.find({
          collection: entity as 'articles',
          overrideAccess: false,
          draft: false,
          depth: 0,
          pagination: false,
          sort: 'slug',
          select: { slug: true, updatedAt: true },
        })
        for (const doc of docs) pages.push(...page(req, 'collection', entity, doc.updatedAt, doc.slug))
      } else if (payload.globals.config.some((global) => global.slug === entity)) {
        const doc = await payload.findGlobal({ slug: entity as 'clinic-info', overrideAccess: false, draft: false, depth: 0, select: { updatedAt: true, _status: true } as never })
        if (doc?.updatedAt && (doc as { _status?: string })._status !== 'draft') pages.push(...page(req, 'global', entity, doc.updatedAt))
      }
    }
    return Response.json({ pages, redirects: await publicRedirects(req) }, { headers: { 'cache-control': 'public, max-age=300' } })
  },
}
