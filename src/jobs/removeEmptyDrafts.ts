import type { TaskConfig } from 'payload'

import { collectionSlugs, taskSlugs } from '../slugs'

/** Where each collection keeps what a draft is called: a draft without it is empty. */
const titled = [
  { collection: collectionSlugs.articles, title: 'title' },
  { collection: collectionSlugs.services, title: 'name' },
] as const

const dayMs = 24 * 60 * 60 * 1000

/**
 * Nightly: deletes drafts nobody gave a title (or name) to, untouched for a day and never
 * published: what "Create New" saves at once, then left. Anything titled, or ever published,
 * stays. Only its own collections that are turned on.
 */
export const removeEmptyDrafts: TaskConfig<typeof taskSlugs.removeEmptyDrafts> = {
  slug: taskSlugs.removeEmptyDrafts,
  label: 'Remove empty drafts left for a day',
  schedule: [{ cron: '0 30 3 * * *', queue: 'nightly' }],
  outputSchema: [{ name: 'removed', type: 'number', required: true }],
  handler: async ({ req }) => {
    let removed = 0
    const before = new Date(Date.now() - dayMs).toISOString()
    for (const { collection, title } of titled.filter(({ collection }) => collection in req.payload.collections)) {
      const { docs } = await req.payload.find({
        collection,
        draft: true,
        depth: 0,
        pagination: false,
        select: {},
        where: {
          and: [
            { _status: { equals: 'draft' } },
            { updatedAt: { less_than: before } },
            { or: [{ [title]: { equals: null } }, { [title]: { equals: '' } }] },
          ],
        },
        req,
      })
      for (const { id } of docs) {
        const published = await req.payload.countVersions({
          collection,
          where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
          req,
        })
        if (published.totalDocs > 0) continue
        await req.payload.delete({ collection, id, req })
        removed += 1
      }
    }
    return { output: { removed } }
  },
}
