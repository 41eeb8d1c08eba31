import type { CollectionBeforeOperationHook, Where } from 'payload'

import { ValidationError } from 'payload'

/** The fields a visitor fills in on the contact form. */
export const sentFields = ['name', 'email', 'phone', 'message', 'inquiryType', 'preferredContactMethod', 'consent'] as const

/**
 * What a visitor sent is a record, not a draft: once stored, nobody changes it (admins
 * included, over REST, GraphQL, the admin or a bulk update); a correction goes in the internal
 * notes. A value sent again unchanged, as the admin's form does on every save, is fine.
 * Checked on the input as sent, before Payload drops fields the caller may not update (which
 * would answer 200 and keep the old value without a word).
 */
export const keepWhatWasSent: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'update') return args
  const { data, id, where: matching } = args as { data?: Record<string, unknown>; id?: number | string; where?: Where }
  if (!data) return args
  const sent = sentFields.filter((field) => field in data)
  if (sent.length === 0) return args
  const where: Where = id !== undefined ? { id: { equals: id } } : (matching ?? {})
  const { docs } = await req.payload.db.find({ collection: collection.slug, where, pagination: false, req })
  const changed = sent.filter((field) => docs.some((doc) => (data[field] ?? null) !== ((doc as Record<string, unknown>)[field] ?? null)))
  if (changed.length === 0) return args
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: changed.map((path) => ({
        path,
        message: 'What the visitor sent is kept as they sent it and cannot be changed. Put a correction in the internal notes.',
      })),
      req,
    },
    req.t,
  )
}
