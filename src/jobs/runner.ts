import type { Payload, PayloadRequest } from 'payload'

import { Cron } from 'croner'

import type { Lease } from './lease'

/**
 * When each queue is run. `default` (webhook deliveries, the staff email sweep, scheduled
 * publishing, the 05:00 review sweep) every 5 seconds, so that a publish reaches the website
 * in seconds (a run with nothing due is one indexed query); `nightly` (retention) hourly.
 * `JOBS_RUN_CRON` changes the first (a 6-field cron counts seconds), e.g. `* * * * *` for
 * once a minute.
 */
export const jobQueues = (env: Record<string, string | undefined> = process.env) => [
  { queue: 'default', cron: env.JOBS_RUN_CRON || '*/5 * * * * *' },
  { queue: 'nightly', cron: '0 * * * *' },
]

/** Jobs one run takes from a queue (the rest wait for the next run). */
const jobsPerRun = 10

/**
 * Runs the job queue and handles Payload's schedules, but only while this process holds the
 * lease: so of several processes (a worker started twice, or a rolling deploy), one queues each
 * scheduled task once per period and runs each job, never two at once. Payload's own
 * `jobs.autoRun` is not used, since every process that has it runs the queue.
 *
 * A process that takes the lease first frees the jobs its predecessor had claimed and not
 * finished (it died mid-run): they run again, so none is lost. Jobs are claimed by the holder
 * alone, so any still marked as processing then are orphans.
 */
export const startJobRunner = (payload: Payload, lease: Lease, queues = jobQueues()) => {
  let inFlight = 0
  const running = new Set<Promise<unknown>>()

  const track = async (work: () => Promise<unknown>) => {
    inFlight += 1
    const promise = work()
    running.add(promise)
    try {
      await promise
    } finally {
      running.delete(promise)
      inFlight -= 1
    }
  }

  let orphansFreed = false
  const freeOrphans = async () => {
    await payload.db.updateJobs({
      where: { processing: { equals: true } },
      data: { processing: false, updatedAt: new Date().toISOString() },
      req: {} as PayloadRequest,
      returning: false,
    })
    orphansFreed = true
  }

  const crons = queues.map(
    ({ queue, cron }) =>
      new Cron(
        cron,
        {
          // A run still going when the next is due: skip the next, rather than run two.
          protect: true,
          catch: (err) => payload.logger.error({ err, msg: `Job queue "${queue}" failed` }),
        },
        () =>
          track(async () => {
            if (!lease.held()) {
              orphansFreed = false
              return
            }
            if (!orphansFreed && inFlight === 1) await freeOrphans()
            await payload.jobs.handleSchedules({ queue })
            // Each check comes before work that must not overlap another process's.
            if (lease.held()) await payload.jobs.run({ queue, limit: jobsPerRun })
          }),
      ),
  )

  return {
    /** Stops starting runs, waits for the ones in progress, then lets the lease go. */
    stop: async () => {
      for (const cron of crons) cron.stop()
      await Promise.allSettled(running)
      await lease.close()
    },
  }
}
