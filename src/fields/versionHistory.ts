import type { Field } from 'payload'

import { rsc } from '../packageEntries'

/** Not stored: the sidebar's History box (VersionHistory): latest versions, by whom, compared with the published one; `global` for a global's. */
export const versionHistoryField = (global?: string): Field => ({
  name: 'versionHistory',
  type: 'ui',
  admin: {
    position: 'sidebar',
    disableListColumn: true,
    components: { Field: { path: `${rsc}#VersionHistory`, serverProps: global ? { global } : {} } },
  },
})
