import type { Field } from 'payload'

import { rsc } from '../packageEntries'

/** Not stored: the sidebar's list of scheduled publishes and unpublishes (ScheduledChanges); `global` for a global's. */
export const scheduledChangesField = (global?: string): Field => ({
  name: 'scheduledChanges',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: { path: `${rsc}#ScheduledChanges`, serverProps: global ? { global } : {} } } },
})
