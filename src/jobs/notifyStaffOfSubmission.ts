import type { TaskConfig } from 'payload'

import { collectionSlugs, taskSlugs } from '../slugs'

const inquiryLabels: Record<string, string> = {
  appointment: 'Appointment',
  'provider-collaboration': 'Provider collaboration',
  'provider-discount': 'Provider discount',
  general: 'General',
}

/**
 * Emails managers (admins when there are none) that a submission arrived: its inquiry type and
 * a link to it in the admin. Never the name, email, phone or message: email is not a safe
 * place for patients' details. A failed send throws, and the job is retried with backoff.
 */
export const notifyStaffOfSubmission: TaskConfig<{ input: { submissionId: string }; output: { recipients: number } }> = {
  slug: taskSlugs.notifyStaffOfSubmission,
  label: 'Email staff about a new contact submission',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  inputSchema: [{ name: 'submissionId', type: 'text', required: true }],
  outputSchema: [{ name: 'recipients', type: 'number' }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const submission = await payload
      // Only what the email needs: the sender's details never leave the database here.
      .findByID({
        collection: collectionSlugs.contactSubmissions,
        id: input.submissionId,
        depth: 0,
        select: { status: true, inquiryType: true, createdAt: true },
        req,
      })
      .catch(() => null)
    // Deleted (or marked spam) before the email went out: nothing to tell anyone.
    if (!submission || submission.status === 'spam') return { output: { recipients: 0 } }

    const staff = async (role: 'manager' | 'admin') =>
      (await payload.find({ collection: payload.config.admin.user as typeof collectionSlugs.users, where: { roles: { in: [role] } }, pagination: false, depth: 0, req })).docs
    const managers = await staff('manager')
    const recipients = (managers.length > 0 ? managers : await staff('admin')).map((user) => user.email).filter(Boolean)
    if (recipients.length === 0) return { output: { recipients: 0 } }

    const inquiry = inquiryLabels[submission.inquiryType] ?? submission.inquiryType
    const base = payload.config.serverURL || 'http://localhost:3000'
    const link = `${base}${payload.config.routes.admin}/collections/${collectionSlugs.contactSubmissions}/${submission.id}`
    await payload.sendEmail({
      to: recipients,
      subject: `New contact submission: ${inquiry}`,
      text: [
        `A new contact submission (${inquiry}) arrived at ${new Date(submission.createdAt).toUTCString()}.`,
        '',
        `Open it in the admin: ${link}`,
        '',
        'Its details are only in the admin, never in email.',
      ].join('\n'),
    })
    return { output: { recipients: recipients.length } }
  },
}
