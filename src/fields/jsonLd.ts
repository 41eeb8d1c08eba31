import type { Field, PayloadRequest } from 'payload'

import { LRUCache } from 'lru-cache'

import { isVerifiedUser } from '../access/roles'
import { contentChanges } from '../contentChanges'

/** Where the document lives, and a field every full read has (missing: a `select` left it out). */
type Source = ({ collection: string } | { global: string }) & { requires: string }

// Everything but this field, so reading the document to build it cannot recurse.
const withoutJsonLd = { jsonLd: false } as never

/**
 * What anonymous readers got for each document version (`slug:id:updatedAt`): building it reads
 * related documents (services, the reviewer), half the cost of an uncached article read. It
 * depends on those documents too, so any content change drops every entry; the time limit
 * bounds what a change on another instance could leave while Redis is unreachable.
 */
const builtForAnonymous = new LRUCache<string, Promise<unknown>>({ max: 2000, ttl: 5_000 })
contentChanges.on('change', () => builtForAnonymous.clear())

/**
 * A read-only, computed `jsonLd` field: schema.org structured data for the document, built on
 * every read from what the caller can see, so a frontend drops it into a
 * `<script type="application/ld+json">` as is. Not stored. When a REST `select` asked for
 * `jsonLd` without the fields it is built from, the published document is read (with the
 * caller's access) to build it.
 */
export const jsonLdField = <T>(source: Source, build: (doc: T, req: PayloadRequest) => unknown): Field => ({
  name: 'jsonLd',
  type: 'json',
  virtual: true,
  admin: { hidden: true },
  access: { create: () => false, update: () => false },
  hooks: {
    afterRead: [
      async ({ data, req }) => {
        if (!data) return undefined
        if (source.requires in data) {
          // Staff see drafts and more related documents: built for them each time.
          if (isVerifiedUser(req.user) || !data.updatedAt) return build(data as T, req)
          const key = `${'global' in source ? source.global : source.collection}:${data.id}:${data.updatedAt}`
          let built = builtForAnonymous.get(key)
          if (!built) {
            built = Promise.resolve(build(data as T, req))
            builtForAnonymous.set(key, built)
            built.catch(() => builtForAnonymous.delete(key))
          }
          return built
        }
        const full =
          'global' in source
            ? await req.payload.findGlobal({ slug: source.global as never, depth: 0, select: withoutJsonLd, overrideAccess: false, req })
            : await req.payload.findByID({ collection: source.collection as never, id: data.id, depth: 0, select: withoutJsonLd, overrideAccess: false, disableErrors: true, req })
        return full ? build(full as T, req) : undefined
      },
    ],
  },
})
