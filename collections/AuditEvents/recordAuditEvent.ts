import type { PayloadRequest } from 'payload'

import { collectionSlugs } from '../../src/slugs'

export type AuditAction = 'read' | 'list' | 'export' | 'update' | 'delete'

type Event = { action: AuditAction; collectionSlug: string; documentIds: (number | string)[]; changedFields?: string[] }

/**
 * Appends one audit event: who (the signed-in user, or `system` for jobs and server code), what,
 * through which API, and which documents. Field names only, never values: the log must not
 * become a second copy of patients' data.
 */
export const recordAuditEvent = async (req: PayloadRequest, event: Event) => {
  const user = req.user as { id: number | string; email?: string } | null
  await req.payload.create({
    collection: collectionSlugs.auditEvents,
    data: {
      ...event,
      documentIds: event.documentIds.map(String),
      actor: user?.email ?? (typeof req.context.auditActor === 'string' ? req.context.auditActor : 'system'),
      actorId: user ? String(user.id) : null,
      api: req.payloadAPI ?? 'local',
    },
    req,
    overrideAccess: true,
  })
}
