import type { TaskConfig } from 'payload'

import { collectionSlugs, taskSlugs } from '../slugs'

const reviewedCollections = [collectionSlugs.articles, collectionSlugs.services] as const

/**
 * Nightly: marks articles and services whose clinical review has fallen due as "overdue", so the
 * admin lists show them. It re-saves each one (computeReviewStatus works the status out): a
 * document whose latest version is a pending draft gets that draft updated, so the editor's work
 * stays on top; the published version is re-saved unchanged otherwise. It reads the latest
 * versions (draft: true) so a document already marked is not touched again.
 */
export const markOverdueReviews: TaskConfig<typeof taskSlugs.markOverdueReviews> = {
  slug: taskSlugs.markOverdueReviews,
  label: 'Mark content overdue for clinical review',
  schedule: [{ cron: '0 0 5 * * *', queue: 'default' }],
  outputSchema: [{ name: 'marked', type: 'number', required: true }],
  handler: async ({ req }) => {
    let marked = 0
    for (const collection of reviewedCollections) {
      const { docs } = await req.payload.find({
        collection,
        draft: true,
        depth: 0,
        limit: 0,
        pagination: false,
        where: { and: [{ reviewDueAt: { less_than_equal: new Date().toISOString() } }, { reviewStatus: { not_equals: 'overdue' } }] },
        req,
      })
      for (const doc of docs) {
        await req.payload.update({
          collection,
          id: doc.id,
          draft: doc._status !== 'published',
          data: { reviewStatus: 'overdue' },
          context: { reviewSweep: true },
          req,
        })
        marked += 1
      }
    }
    return { output: { marked } }
  },
}
