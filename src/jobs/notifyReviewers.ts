import type { TaskConfig } from 'payload'

import { taskSlugs } from '../slugs'
import { staffAddresses } from './staffAddresses'

const kinds: Record<string, string> = { articles: 'Article', services: 'Service', 'clinic-info': 'Clinic info' }

/**
 * Queued by submit-for-review: emails the clinical reviewers (admins when there are none) that a
 * document waits for them, with its title, who asked, the publish date asked for, and a link to
 * it in the admin. Content titles and staff addresses only: nothing about patients. A failed
 * send fails the job, and Payload's queue tries again.
 */
export const notifyReviewers: TaskConfig<typeof taskSlugs.notifyReviewers> = {
  slug: taskSlugs.notifyReviewers,
  label: 'Email clinical reviewers about a review request',
  retries: 5,
  inputSchema: [
    { name: 'collection', type: 'text' },
    { name: 'id', type: 'text' },
    { name: 'global', type: 'text' },
    { name: 'title', type: 'text', required: true },
    { name: 'requestedBy', type: 'text', required: true },
    { name: 'publishAt', type: 'text' },
  ],
  outputSchema: [{ name: 'sent', type: 'number', required: true }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const to = await staffAddresses(req, 'clinical-reviewer')
    if (to.length === 0) {
      payload.logger.warn(`No clinical reviewer or admin has an email address to hear that “${input.title}” waits for review`)
      return { output: { sent: 0 } }
    }
    const kind = kinds[input.global ?? input.collection ?? ''] ?? 'Content'
    const admin = `${payload.config.serverURL || 'http://localhost:3000'}${payload.config.routes.admin}`
    const link = input.global ? `${admin}/globals/${input.global}` : `${admin}/collections/${input.collection}/${input.id}`
    await payload.sendEmail({
      to,
      subject: `Review requested: ${kind} “${input.title}”`,
      text: [
        `${input.requestedBy} asks for a clinical review of the ${kind.toLowerCase()} “${input.title}”.`,
        ...(input.publishAt ? [`They would like it published on ${new Date(input.publishAt).toUTCString()}.`] : []),
        '',
        `Review it, then publish it or send it back with a comment: ${link}`,
      ].join('\n'),
    })
    return { output: { sent: to.length } }
  },
}
