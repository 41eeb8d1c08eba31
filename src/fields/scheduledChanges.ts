import type { Field } from 'payload'

import { rsc } from '../packageEntries'

/**
 * Not stored: the scheduled publishes and unpublishes (ScheduledChanges), in the sidebar and, for
 * a collection, as the list's "Scheduled" column; `global` for a global's.
 */
export const scheduledChangesField = (global?: string): Field => ({
  name: 'scheduledChanges',
  type: 'ui',
  label: 'Scheduled',
  admin: {
    position: 'sidebar',
    components: {
      Field: { path: `${rsc}#ScheduledChanges`, serverProps: global ? { global } : {} },
      ...(global ? {} : { Cell: `${rsc}#ScheduledChangesCell` }),
    },
  },
})
