import type { CollectionAfterChangeHook } from 'payload'

import { recordAuditEvent } from '../../AuditEvents/recordAuditEvent'

const bookkeeping = new Set(['updatedAt'])

/** Each update appends an audit event naming the fields that changed (not their values). */
export const auditChanges: CollectionAfterChangeHook = async ({ collection, context, doc, operation, previousDoc, req }) => {
  if (operation !== 'update' || context.seeding) return doc
  const changedFields = Object.keys(doc).filter(
    (key) => !bookkeeping.has(key) && JSON.stringify(doc[key]) !== JSON.stringify(previousDoc?.[key]),
  )
  await recordAuditEvent(req, { action: 'update', collectionSlug: collection.slug, documentIds: [doc.id], changedFields })
  return doc
}
