import type { TaskConfig } from 'payload'

import { markOverdueReviews } from './markOverdueReviews'

/** The plugin's background tasks, added to the app's `jobs.tasks`. */
export const clinicTasks: TaskConfig[] = [markOverdueReviews]
