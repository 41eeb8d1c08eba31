import type { TaskConfig, Where } from 'payload'

import { collectionSlugs, taskSlugs } from '../slugs'

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600_000).toISOString()

/**
 * Nightly (03:00 server time): deletes submissions older than `retentionDays` and spam older
 * than `spamRetentionDays`. Deleted, not anonymised: a message is personal (often health)
 * information through and through, so no part of it is kept. Each deletion is audited; running
 * again deletes nothing more.
 */
export const applyContactRetention = ({
  retentionDays,
  spamRetentionDays,
}: {
  retentionDays: number
  spamRetentionDays: number
}): TaskConfig<{ input: object; output: { deleted: number; deletedSpam: number } }> => ({
  slug: taskSlugs.applyContactRetention,
  label: 'Delete contact submissions past their retention',
  schedule: [{ cron: '0 3 * * *', queue: 'nightly' }],
  retries: 2,
  outputSchema: [
    { name: 'deleted', type: 'number' },
    { name: 'deletedSpam', type: 'number' },
  ],
  handler: async ({ req }) => {
    const { payload } = req
    const remove = async (where: Where) => {
      const result = await payload.delete({
        collection: collectionSlugs.contactSubmissions,
        where,
        depth: 0,
        req,
        context: { auditActor: `system: ${taskSlugs.applyContactRetention}` },
      })
      if (result.errors.length > 0) throw new Error(`retention: ${result.errors.length} deletions failed: ${result.errors[0].message}`)
      return result.docs.length
    }
    const deletedSpam = await remove({ and: [{ status: { equals: 'spam' } }, { createdAt: { less_than: daysAgo(spamRetentionDays) } }] })
    const deleted = await remove({ createdAt: { less_than: daysAgo(retentionDays) } })
    payload.logger.info(
      `Contact retention: deleted ${deleted} submissions older than ${retentionDays} days and ${deletedSpam} spam older than ${spamRetentionDays} days`,
    )
    return { output: { deleted, deletedSpam } }
  },
})
