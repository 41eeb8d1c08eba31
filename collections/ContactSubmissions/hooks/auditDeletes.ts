import type { CollectionAfterDeleteHook } from 'payload'

import { recordAuditEvent } from '../../AuditEvents/recordAuditEvent'

/** Each deleted submission appends an audit event, whoever deleted it (the retention job too). */
export const auditDeletes: CollectionAfterDeleteHook = async ({ collection, context, id, req }) => {
  if (context.seeding) return
  await recordAuditEvent(req, { action: 'delete', collectionSlug: collection.slug, documentIds: [id] })
}
