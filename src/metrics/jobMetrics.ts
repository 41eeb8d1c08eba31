import type { TaskConfig } from 'payload'

import { jobLastSuccess, jobRuns } from './metrics'

/**
 * The task, with each run counted by outcome (alt_job_runs_total) and each success timed
 * (alt_job_last_success_timestamp_seconds): "no staff email sweep has succeeded for 10 minutes"
 * is then one alert. The task's own onSuccess and onFail still run.
 */
export const withRunMetrics = <T extends TaskConfig<any>>(task: T): T => ({
  ...task,
  onSuccess: async (args) => {
    jobRuns.inc({ task: task.slug, outcome: 'success' })
    jobLastSuccess.set({ task: task.slug }, Date.now() / 1000)
    await task.onSuccess?.(args)
  },
  onFail: async (args) => {
    jobRuns.inc({ task: task.slug, outcome: 'failure' })
    await task.onFail?.(args)
  },
})
