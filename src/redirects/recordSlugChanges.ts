import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig, PayloadRequest } from 'payload'

import { pagePath } from '../jsonLd/site'
import { collectionSlugs } from '../slugs'
import { redirectFrom } from './paths'

/** The seed upserts by slug, so it never moves a page: nothing to record, as with its other side effects. */
const seeding = (req: PayloadRequest) => Boolean(req.context.seeding)

/** Where the slug the page was last published under is kept until afterChange (per request and document). */
const lastPublishedKey = (collection: string, id: number | string) => `redirects:last-published-slug:${collection}:${id}`

/**
 * beforeChange: when a page is published, the slug its last published version had (the address
 * people may have shared), from its version history: the document itself may hold a draft, and
 * a page unpublished for a while still had its old address shared.
 */
const rememberPublishedSlug: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || data._status !== 'published' || originalDoc?.id === undefined || seeding(req)) return data
  const { docs } = await req.payload.db.findVersions({
    collection: collection.slug,
    where: { and: [{ parent: { equals: originalDoc.id } }, { 'version._status': { equals: 'published' } }] },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  req.context[lastPublishedKey(collection.slug, originalDoc.id)] = (docs[0]?.version as { slug?: string } | undefined)?.slug
  return data
}

/**
 * afterChange: a published page's address is live, so a redirect from it (left from an earlier
 * move) is removed; and when the page was published under another slug before, its old address
 * now redirects to it. Drafts change no address: nothing happens until they are published.
 */
const redirectOldAddress: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (doc._status !== 'published' || seeding(req)) return doc
  const live = pagePath(req, collection.slug, doc.slug)
  if (live) await req.payload.delete({ collection: collectionSlugs.redirects, where: { from: { equals: live } }, overrideAccess: true, req })
  const key = lastPublishedKey(collection.slug, doc.id)
  const before = req.context[key] as string | undefined
  delete req.context[key]
  const from = before && before !== doc.slug ? pagePath(req, collection.slug, before) : undefined
  if (!from) return doc
  const data = { from, to: { type: 'reference' as const, reference: { relationTo: collection.slug as 'articles', value: doc.id } } }
  const existing = await redirectFrom(req, from)
  if (existing) await req.payload.update({ collection: collectionSlugs.redirects, id: existing.id, data, depth: 0, overrideAccess: true, req })
  else await req.payload.create({ collection: collectionSlugs.redirects, data: { ...data, type: '308' }, depth: 0, overrideAccess: true, req })
  return doc
}

/** A copy of a page collection (with drafts) whose published slug changes are recorded as redirects. */
export const withSlugRedirects = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeChange: [...(collection.hooks?.beforeChange ?? []), rememberPublishedSlug],
    afterChange: [...(collection.hooks?.afterChange ?? []), redirectOldAddress],
  },
})
