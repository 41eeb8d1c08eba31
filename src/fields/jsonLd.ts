import type { Field, PayloadRequest } from 'payload'

/**
 * A read-only, computed `jsonLd` field: schema.org structured data for the document, built on
 * every read from what the caller can see, so a frontend drops it into a
 * `<script type="application/ld+json">` as is. Not stored; leave it out with `select` (REST) or
 * by not asking for it (GraphQL) when a page does not need it.
 */
export const jsonLdField = <T>(build: (doc: T, req: PayloadRequest) => unknown): Field => ({
  name: 'jsonLd',
  type: 'json',
  virtual: true,
  admin: { hidden: true },
  access: { create: () => false, update: () => false },
  hooks: { afterRead: [({ data, req }) => build(data as T, req)] },
})
