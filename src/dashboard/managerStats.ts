import type { Payload } from 'payload'

import { collectionSlugs } from '../slugs'
import { inquiryTypes } from '../validation/contactSubmission'
import { countByWeek, median, weekStart } from './submissionStats'

const weeks = 12

/**
 * The manager dashboard's numbers for the last 12 weeks: submissions per week by inquiry type
 * (spam left out), and the median time from arrival to the first status change (a submission
 * leaving "new"), taken from the audit log. Read without a user: only dates and types are read,
 * no message or contact detail, so these counts are not audited reads of submissions.
 */
export const managerStats = async (payload: Payload, now = new Date()) => {
  const since = new Date(weekStart(now).getTime() - (weeks - 1) * 7 * 24 * 60 * 60 * 1000).toISOString()
  const { docs: submissions } = await payload.find({
    collection: collectionSlugs.contactSubmissions,
    where: { and: [{ createdAt: { greater_than_equal: since } }, { status: { not_equals: 'spam' } }] },
    select: { createdAt: true, inquiryType: true },
    pagination: false,
    depth: 0,
  })
  const { docs: statusChanges } = await payload.find({
    collection: collectionSlugs.auditEvents,
    where: { and: [{ collectionSlug: { equals: collectionSlugs.contactSubmissions } }, { action: { equals: 'update' } }, { changedFields: { in: ['status'] } }, { createdAt: { greater_than_equal: since } }] },
    select: { documentIds: true, createdAt: true },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
  })
  const firstChange = new Map<string, number>()
  for (const event of statusChanges) {
    for (const id of event.documentIds ?? []) if (!firstChange.has(id)) firstChange.set(id, new Date(event.createdAt).getTime())
  }
  const waits = submissions.flatMap((submission) => {
    const changed = firstChange.get(String(submission.id))
    return changed === undefined ? [] : [changed - new Date(submission.createdAt).getTime()]
  })
  return {
    rows: countByWeek(submissions as { createdAt: string; inquiryType: (typeof inquiryTypes)[number] }[], inquiryTypes, now, weeks),
    medianFirstResponseMs: median(waits),
    answered: waits.length,
  }
}
