import type { CollectionBeforeChangeHook } from 'payload'

import type { ContactSubmission } from '../../../src/payload-types'

/**
 * Internal notes are append-only, like the audit log: `addNote` (not stored) becomes a new
 * note stamped with its author and the time, here on the server, after whatever notes the
 * submission already has. Existing notes are never rewritten (keepWhatWasSent refuses a change).
 */
export const appendNote: CollectionBeforeChangeHook<ContactSubmission & { addNote?: string | null }> = ({ data, originalDoc, req }) => {
  const { addNote, ...rest } = data
  if (!addNote) return rest
  const note = { text: addNote, author: req.user?.id ?? null, at: new Date().toISOString() }
  return { ...rest, notes: [...(originalDoc?.notes ?? []), note] }
}
