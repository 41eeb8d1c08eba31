import type { CollectionAfterOperationHook, Where } from 'payload'

import { collectionSlugs } from '../../../src/slugs'
import { recordAuditEvent } from '../../AuditEvents/recordAuditEvent'

/**
 * Every read of submissions by a person (REST, GraphQL, the admin) appends an audit event with
 * the ids they saw. Reads by server code without a user (jobs) are not people reading.
 * `context.auditAction = 'export'` marks the CSV export's read. If the event cannot be written,
 * the read fails: there are no unaudited reads.
 *
 * A count with a `where` over REST or GraphQL answers a question about the submissions it
 * matched ("is there one from jane@…?"), so it is recorded as the list of them: the same query
 * runs as a find with the caller's request, whose own pass through this hook records it. Counts
 * by server code (the dashboard's number of new submissions, the spam screen's duplicate check)
 * ask their own fixed questions.
 */
export const auditReads: CollectionAfterOperationHook = async ({ args, collection, operation, req, result }) => {
  if (!req.user) return result
  if (operation === 'count') {
    const { where, trash, overrideAccess } = args as { where?: Where; trash?: boolean; overrideAccess?: boolean }
    // Server code counting inside a request (the spam screen's duplicate check) overrides access.
    if (where && Object.keys(where).length > 0 && req.payloadAPI !== 'local' && !overrideAccess) {
      await req.payload.find({ collection: collection.slug as typeof collectionSlugs.contactSubmissions, where, trash, req, overrideAccess: false, depth: 0, pagination: false, select: { status: true } })
    }
    return result
  }
  if (operation !== 'find' && operation !== 'findByID') return result
  const docs: { id: number | string }[] =
    operation === 'find' ? (result as { docs: { id: number | string }[] }).docs : result ? [result as { id: number | string }] : []
  if (docs.length === 0) return result
  const action = req.context.auditAction === 'export' ? 'export' : operation === 'find' ? 'list' : 'read'
  await recordAuditEvent(req, { action, collectionSlug: collection.slug, documentIds: docs.map((doc) => doc.id) })
  return result
}
