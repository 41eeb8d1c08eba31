import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  GlobalAfterChangeHook,
  GlobalBeforeChangeHook,
  GlobalConfig,
  PayloadRequest,
} from 'payload'

import { queueWebhookDeliveries, type WebhookEvent } from './events'

type Status = { _status?: string | null }

/**
 * Saves that tell no one: the seed (the clinic's initial content, like its other side effects)
 * and the nightly review sweep (it re-saves review bookkeeping, not what readers see).
 */
const quiet = (req: PayloadRequest) => Boolean(req.context.seeding || req.context.reviewSweep)

/** Where the published state before a change is kept until afterChange (per request and document). */
const stateKey = (entity: string, id?: number | string) => `webhooks:published-before:${entity}:${id ?? ''}`

/**
 * The event a save is, from whether the live (published) document was published before and is
 * after. A draft save or an autosave leaves the live document as it was: no event.
 */
const eventOf = (publishedBefore: boolean, saved: Status, liveAfter: () => Promise<Status | null>) =>
  saved._status === 'published'
    ? Promise.resolve<WebhookEvent>(publishedBefore ? 'update' : 'publish')
    : liveAfter().then((live) => (publishedBefore && live?._status !== 'published' ? ('unpublish' as const) : undefined))

const rememberCollection: CollectionBeforeChangeHook = async ({ collection, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc?.id || quiet(req)) return
  // originalDoc is the latest version, which may be a pending draft: ask for the live document.
  const live = (await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: originalDoc.id } }, req })) as Status | null
  req.context[stateKey(collection.slug, originalDoc.id)] = live?._status === 'published'
}

const notifyCollectionChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  if (quiet(req)) return
  const slug = doc.slug ?? null
  let event: WebhookEvent | undefined
  if (!collection.versions?.drafts) event = operation === 'create' ? 'publish' : 'update'
  else {
    const before = operation === 'update' && req.context[stateKey(collection.slug, doc.id)] === true
    event = await eventOf(before, doc, () => req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: doc.id } }, req }) as Promise<Status | null>)
  }
  if (event) await queueWebhookDeliveries(req, { event, collection: collection.slug, docId: doc.id, slug })
}

const notifyCollectionDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (quiet(req)) return
  // A document that was never published was never public: nothing to tell.
  if (collection.versions?.drafts && doc._status !== 'published') return
  await queueWebhookDeliveries(req, { event: 'delete', collection: collection.slug, docId: doc.id, slug: doc.slug ?? null })
}

const liveGlobal = (req: PayloadRequest, slug: string) => req.payload.db.findGlobal({ slug, req }) as Promise<Status | null>

const rememberGlobal: GlobalBeforeChangeHook = async ({ global, req }) => {
  if (quiet(req)) return
  req.context[stateKey(global.slug)] = (await liveGlobal(req, global.slug))?._status === 'published'
}

const notifyGlobalChange: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  if (quiet(req)) return
  const event = global.versions?.drafts
    ? await eventOf(req.context[stateKey(global.slug)] === true, doc, () => liveGlobal(req, global.slug))
    : 'update'
  if (event) await queueWebhookDeliveries(req, { event, global: global.slug, docId: null, slug: null })
}

/** A copy of a public collection that tells webhooks when it is published, unpublished, updated or deleted. */
export const collectionWithWebhooks = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeChange: [...(collection.hooks?.beforeChange ?? []), ...(collection.versions ? [rememberCollection] : [])],
    afterChange: [...(collection.hooks?.afterChange ?? []), notifyCollectionChange],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), notifyCollectionDelete],
  },
})

/** A copy of a public global that tells webhooks when it is published, unpublished or updated. */
export const globalWithWebhooks = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: {
    ...global.hooks,
    beforeChange: [...(global.hooks?.beforeChange ?? []), rememberGlobal],
    afterChange: [...(global.hooks?.afterChange ?? []), notifyGlobalChange],
  },
})
