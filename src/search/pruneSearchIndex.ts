import type { TaskConfig } from 'payload'

import { collectionSlugs, taskSlugs } from '../slugs'

/**
 * Every quarter of an hour: removes from the search index the provider discounts whose
 * `activeUntil` has passed. Search never answers them after that moment anyway (it checks the
 * dates); this keeps the index to what can be found. A discount saved again with new dates is
 * indexed again by the plugin's hooks.
 */
export const pruneSearchIndex: TaskConfig<typeof taskSlugs.pruneSearchIndex> = {
  slug: taskSlugs.pruneSearchIndex,
  label: 'Remove ended provider discounts from the search index',
  schedule: [{ cron: '0 */15 * * * *', queue: 'default' }],
  outputSchema: [{ name: 'removed', type: 'number', required: true }],
  handler: async ({ req }) => {
    const { docs } = await req.payload.delete({
      collection: collectionSlugs.search,
      where: { activeUntil: { less_than_equal: new Date().toISOString() } },
      depth: 0,
      overrideAccess: true,
      req,
    })
    return { output: { removed: docs.length } }
  },
}
