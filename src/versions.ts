import type { CollectionConfig, GlobalConfig } from 'payload'

/**
 * Drafts for content the public must not see before it is ready: every save is a version
 * (history and restore in the admin), edits autosave as a draft every few seconds, and a
 * publish (or unpublish) can be scheduled; Payload's job queue runs it at the chosen time.
 */
const drafts = { autosave: { interval: 2000 }, schedulePublish: true }

export const collectionDrafts: CollectionConfig['versions'] = { drafts, maxPerDoc: 50 }

export const globalDrafts: GlobalConfig['versions'] = { drafts, max: 50 }
