import type { CollectionAfterChangeHook } from 'payload'

import { taskSlugs } from '../../../src/slugs'

/**
 * A new, non-spam submission queues a staff email (a Payload job, retried on failure). It is
 * queued in the same transaction as the submission, and sent later: a mail server that is
 * down can delay the email but never lose the submission.
 */
export const queueStaffNotification: CollectionAfterChangeHook = async ({ context, data, doc, operation, req }) => {
  // `data` is what was written; `doc` is what the caller may read (the public cannot read status).
  if (operation !== 'create' || context.seeding || data.status === 'spam') return doc
  await req.payload.jobs.queue({ task: taskSlugs.notifyStaffOfSubmission, input: { submissionId: String(doc.id) }, req })
  return doc
}
