import type { CollectionBeforeOperationHook, Where } from 'payload'

import { ValidationError } from 'payload'

/** The fields a visitor fills in on the contact form. */
const sentFields = ['name', 'email', 'phone', 'message', 'inquiryType', 'preferredContactMethod', 'consent'] as const

const keptAsSent = 'What the visitor sent is kept as they sent it and cannot be changed. Put a correction in the internal notes.'
const keptAsWritten = 'Notes are kept as they were written, with their author and time. Add a new note instead.'

/**
 * What identifies the notes as written: each note's id and text, in order (author and time are
 * the server's). The admin's form sends a list without rows as its row count, 0.
 */
const asWritten = (notes: unknown) =>
  JSON.stringify(Array.isArray(notes) ? notes.map((note) => [String(note?.id ?? ''), note?.text ?? null]) : notes === 0 || notes == null ? [] : notes)

/** Each guarded field: whether the value sent differs from the stored one, and what to say if so. */
const guarded: { field: string; differs: (sent: unknown, stored: unknown) => boolean; message: string }[] = [
  ...sentFields.map((field) => ({ field, differs: (sent: unknown, stored: unknown) => (sent ?? null) !== (stored ?? null), message: keptAsSent })),
  { field: 'notes', differs: (sent, stored) => asWritten(sent) !== asWritten(stored), message: keptAsWritten },
]

/**
 * What a visitor sent is a record, not a draft, and a note is kept as written: once stored,
 * nobody changes them (admins included, over REST, GraphQL, the admin or a bulk update); a
 * correction goes in a new note. A value sent back unchanged, as the admin's form does on every
 * save, is fine. Checked on the input as sent, before Payload drops fields the caller may not
 * update (which would answer 200 and keep the old value without a word).
 */
export const keepWhatWasSent: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'update') return args
  const { data, id, where: matching } = args as { data?: Record<string, unknown>; id?: number | string; where?: Where }
  if (!data) return args
  const sent = guarded.filter(({ field }) => field in data)
  if (sent.length === 0) return args
  const where: Where = id !== undefined ? { id: { equals: id } } : (matching ?? {})
  const { docs } = await req.payload.db.find({ collection: collection.slug, where, pagination: false, req })
  const changed = sent.filter(({ field, differs }) => docs.some((doc) => differs(data[field], (doc as Record<string, unknown>)[field])))
  if (changed.length === 0) return args
  throw new ValidationError({ collection: collection.slug, errors: changed.map(({ field, message }) => ({ path: field, message })), req }, req.t)
}
