import type { CollectionAfterOperationHook } from 'payload'

import { recordAuditEvent } from '../../AuditEvents/recordAuditEvent'

/**
 * Every read of submissions by a person (REST, GraphQL, the admin) appends an audit event with
 * the ids they saw. Reads by server code without a user (jobs) are not people reading.
 * `context.auditAction = 'export'` marks the CSV export's read. If the event cannot be written,
 * the read fails: there are no unaudited reads.
 */
export const auditReads: CollectionAfterOperationHook = async ({ collection, operation, req, result }) => {
  if (!req.user || (operation !== 'find' && operation !== 'findByID')) return result
  const docs: { id: number | string }[] =
    operation === 'find' ? (result as { docs: { id: number | string }[] }).docs : result ? [result as { id: number | string }] : []
  if (docs.length === 0) return result
  const action = req.context.auditAction === 'export' ? 'export' : operation === 'find' ? 'list' : 'read'
  await recordAuditEvent(req, { action, collectionSlug: collection.slug, documentIds: docs.map((doc) => doc.id) })
  return result
}
