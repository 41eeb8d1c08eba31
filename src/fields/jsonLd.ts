import type { Field, PayloadRequest } from 'payload'

/** Where the document lives, and a field every full read has (missing: a `select` left it out). */
type Source = ({ collection: string } | { global: string }) & { requires: string }

// Everything but this field, so reading the document to build it cannot recurse.
const withoutJsonLd = { jsonLd: false } as never

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
        if (source.requires in data) return build(data as T, req)
        const full =
          'global' in source
            ? await req.payload.findGlobal({ slug: source.global as never, depth: 0, select: withoutJsonLd, overrideAccess: false, req })
            : await req.payload.findByID({ collection: source.collection as never, id: data.id, depth: 0, select: withoutJsonLd, overrideAccess: false, disableErrors: true, req })
        return full ? build(full as T, req) : undefined
      },
    ],
  },
})
