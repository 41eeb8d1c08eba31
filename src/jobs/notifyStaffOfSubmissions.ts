import type { TaskConfig } from 'payload'

import { collectionSlugs, taskSlugs } from '../slugs'
import { staffAddresses } from './staffAddresses'

const inquiryLabels: Record<string, string> = {
  appointment: 'Appointment',
  'provider-collaboration': 'Provider collaboration',
  'provider-discount': 'Provider discount',
  general: 'General',
}

/** Emails per run (one run a minute): a backlog drains over a few runs, never in one long one. */
const batchSize = 100

/**
 * Every minute (`STAFF_EMAIL_CRON` to change it): emails managers (admins when there are none) about each submission that is
 * `new` and has no `staffNotifiedAt` yet, oldest first, then stamps `staffNotifiedAt`. The email
 * has the inquiry type and a link to the admin, never the name, email, phone or message: email
 * is not a safe place for patients' details.
 *
 * Nothing is lost and nothing is held: a failed send stops the run and leaves that submission
 * and the rest unstamped for the next run; with no one to email, nothing is stamped either. It is
 * at least once: a send whose stamp then fails is sent again next run (it carries nothing
 * personal). No database transaction is open while SMTP answers.
 */
export const notifyStaffOfSubmissions: TaskConfig<typeof taskSlugs.notifyStaffOfSubmissions> = {
  slug: taskSlugs.notifyStaffOfSubmissions,
  label: 'Email staff about new contact submissions',
  schedule: [{ cron: process.env.STAFF_EMAIL_CRON || '* * * * *', queue: 'default' }],
  outputSchema: [
    { name: 'sent', type: 'number', required: true },
    { name: 'pending', type: 'number', required: true },
  ],
  handler: async ({ req }) => {
    const { payload } = req
    const waiting = await payload.find({
      collection: collectionSlugs.contactSubmissions,
      // `equals: null` matches a date never set on both databases (MongoDB may store no key at all).
      where: { and: [{ status: { equals: 'new' } }, { staffNotifiedAt: { equals: null } }] },
      sort: 'createdAt',
      limit: batchSize,
      depth: 0,
      // Only what the email needs: the sender's details never leave the database here.
      select: { id: true, inquiryType: true, createdAt: true },
      req,
    })
    if (waiting.docs.length === 0) return { output: { sent: 0, pending: 0 } }

    const recipients = await staffAddresses(req, 'manager')
    if (recipients.length === 0) {
      payload.logger.warn(`${waiting.totalDocs} new contact submissions wait for a staff email, but no manager or admin has an email address`)
      return { output: { sent: 0, pending: waiting.totalDocs } }
    }

    const base = payload.config.serverURL || 'http://localhost:3000'
    let sent = 0
    for (const submission of waiting.docs) {
      const inquiry = inquiryLabels[submission.inquiryType] ?? submission.inquiryType
      try {
        await payload.sendEmail({
          to: recipients,
          subject: `New contact submission: ${inquiry}`,
          text: [
            `A new contact submission (${inquiry}) arrived at ${new Date(submission.createdAt).toUTCString()}.`,
            '',
            `Open it in the admin: ${base}${payload.config.routes.admin}/collections/${collectionSlugs.contactSubmissions}/${submission.id}`,
            '',
            'Its details are only in the admin, never in email.',
          ].join('\n'),
        })
      } catch (err) {
        // The error can only echo what was sent: staff addresses and this PHI-free text.
        payload.logger.error({ err, msg: `Staff email about contact submission ${submission.id} failed; ${waiting.totalDocs - sent} left for the next run` })
        break
      }
      // Bookkeeping, not a person's change: a direct write, so no hooks, audit event or
      // workflow check, and `updatedAt` (null: left as it is) still says when a person last changed it.
      await payload.db.updateOne({
        collection: collectionSlugs.contactSubmissions,
        id: submission.id,
        data: { staffNotifiedAt: new Date().toISOString(), updatedAt: null },
        req,
        returning: false,
      })
      sent += 1
    }
    return { output: { sent, pending: waiting.totalDocs - sent } }
  },
}
