import type { Payload } from 'payload'

import { Gauge } from 'prom-client'

import type { Lease } from '../jobs/lease'
import type { Readiness } from '../server/readiness'

import { collectionSlugs, taskSlugs } from '../slugs'
import { registry } from './metrics'

/**
 * Gauges read when Prometheus scrapes, from the state itself: nothing to keep in step with the
 * code that changes it, and nothing at all on the request path.
 */

type Sized = { size: number; bytes: number }
const caches = new Set<Sized>()

/** Counts `cache` in the entries and bytes gauges until the returned function is called. */
export const watchCache = (cache: Sized) => {
  caches.add(cache)
  return () => void caches.delete(cache)
}

const sum = (read: (cache: Sized) => number) => [...caches].reduce((total, cache) => total + read(cache), 0)

new Gauge({
  name: 'alt_content_cache_entries',
  help: 'Answers held in the response cache',
  registers: [registry],
  collect() {
    this.set(sum((cache) => cache.size))
  },
})
new Gauge({
  name: 'alt_content_cache_bytes',
  help: 'Bytes held in the response cache (identity and compressed forms), against CONTENT_CACHE_MAX_MB',
  registers: [registry],
  collect() {
    this.set(sum((cache) => cache.bytes))
  },
})

type Watched = {
  payload: Payload
  /** The process's readiness probe (src/server/readiness.ts): database, Redis, S3. */
  readiness: { check: () => Promise<Readiness> }
  /** Present in a process that runs the job queue: while it holds the lease, it reports the queue and the backlogs. */
  lease?: Lease
}

let watched: Watched | undefined

/** Reports this process's components, pool, and (with `lease`) its job queue, until the returned function is called. */
export const watchProcess = (options: Watched) => {
  watched = options
  return () => {
    if (watched === options) watched = undefined
  }
}

/** One read per scrape for the gauges that share it: prom-client collects them all at once, so they share the read in flight. */
const perScrape = <T>(read: (w: Watched) => Promise<T>) => {
  let inFlight: Promise<T> | undefined
  return (w: Watched) =>
    (inFlight ??= read(w).finally(() => {
      inFlight = undefined
    }))
}

const readiness = perScrape((w) => w.readiness.check())

new Gauge({
  name: 'alt_component_up',
  help: 'Whether each component this process uses answers (1) or not (0): database, redis, s3',
  labelNames: ['component'],
  registers: [registry],
  async collect() {
    this.reset()
    if (!watched) return
    const { components } = await readiness(watched)
    for (const [component, state] of Object.entries(components)) this.set({ component }, state === 'up' ? 1 : 0)
  },
})

type Pool = { totalCount: number; idleCount: number; waitingCount: number }

new Gauge({
  name: 'alt_postgres_pool_connections',
  help: 'PostgreSQL pool connections: total, idle, and queries waiting for one (waiting)',
  labelNames: ['state'],
  registers: [registry],
  collect() {
    this.reset()
    const pool = (watched?.payload.db as unknown as { pool?: Pool } | undefined)?.pool
    if (!pool || typeof pool.totalCount !== 'number') return
    this.set({ state: 'total' }, pool.totalCount)
    this.set({ state: 'idle' }, pool.idleCount)
    this.set({ state: 'waiting' }, pool.waitingCount)
  },
})

new Gauge({
  name: 'alt_jobs_lease_held',
  help: 'Whether this process holds the jobs lease and so runs the queue (1) or not (0)',
  registers: [registry],
  collect() {
    this.reset()
    if (watched?.lease) this.set(watched.lease.held() ? 1 : 0)
  },
})

type Job = {
  taskSlug?: string | null
  processing?: boolean | null
  hasError?: boolean | null
  totalTried?: number | null
  createdAt: string
  waitUntil?: string | null
}

/** Jobs not completed (Payload deletes completed ones), and the staff-email backlog. */
const queue = perScrape(async ({ payload }) => {
  const [jobs, waitingForEmail] = await Promise.all([
    payload.find({
      collection: 'payload-jobs',
      where: { completedAt: { exists: false } },
      pagination: false,
      depth: 0,
      select: {
        taskSlug: true,
        processing: true,
        hasError: true,
        totalTried: true,
        createdAt: true,
        waitUntil: true,
      },
    }),
    payload.find({
      collection: collectionSlugs.contactSubmissions,
      where: {
        and: [{ status: { equals: 'new' } }, { staffNotifiedAt: { equals: null } }],
      },
      sort: 'createdAt',
      limit: 1,
      depth: 0,
      select: { createdAt: true },
    }),
  ])
  return {
    jobs: jobs.docs as unknown as Job[],
    emailBacklog: waitingForEmail.totalDocs,
    oldestUnemailed: waitingForEmail.docs[0]?.createdAt,
  }
})

const ageSeconds = (iso: string) => Math.max(0, (Date.now() - new Date(iso).getTime()) / 1000)

/** The queue-reading gauges report from the lease holder only, so each job is counted once. */
const withQueue = async (gauge: Gauge<string>, report: (state: Awaited<ReturnType<typeof queue>>) => void) => {
  gauge.reset()
  if (watched?.lease?.held()) report(await queue(watched))
}

new Gauge({
  name: 'alt_jobs',
  help: 'Jobs not completed, by task and state: queued (due or waiting to retry), running, failed (gave up)',
  labelNames: ['task', 'state'],
  registers: [registry],
  collect() {
    return withQueue(this, ({ jobs }) => {
      for (const job of jobs) {
        const state = job.hasError ? 'failed' : job.processing ? 'running' : 'queued'
        this.inc({ task: job.taskSlug ?? 'workflow', state })
      }
    })
  },
})

new Gauge({
  name: 'alt_jobs_retrying',
  help: 'Queued jobs that failed before and wait for another try, by task',
  labelNames: ['task'],
  registers: [registry],
  collect() {
    return withQueue(this, ({ jobs }) => {
      for (const job of jobs) if (!job.hasError && !job.processing && (job.totalTried ?? 0) > 0) this.inc({ task: job.taskSlug ?? 'workflow' })
    })
  },
})

new Gauge({
  name: 'alt_jobs_oldest_due_age_seconds',
  help: 'How long the oldest job that is due (not waiting for a retry) has waited to run; 0 when none',
  registers: [registry],
  collect() {
    return withQueue(this, ({ jobs }) => {
      const now = Date.now()
      const due = jobs.filter((job) => !job.hasError && !job.processing && (!job.waitUntil || new Date(job.waitUntil).getTime() <= now))
      // Due since it was queued, or since its retry time came.
      this.set(Math.max(0, ...due.map((job) => ageSeconds(job.waitUntil && job.waitUntil > job.createdAt ? job.waitUntil : job.createdAt))))
    })
  },
})

new Gauge({
  name: 'alt_webhook_retry_backlog',
  help: 'Webhook deliveries that failed and wait for another try',
  registers: [registry],
  collect() {
    return withQueue(this, ({ jobs }) => {
      this.set(jobs.filter((job) => job.taskSlug === taskSlugs.deliverWebhook && !job.hasError && (job.totalTried ?? 0) > 0).length)
    })
  },
})

new Gauge({
  name: 'alt_staff_notifications_pending',
  help: 'New contact submissions staff have not been emailed about yet',
  registers: [registry],
  collect() {
    return withQueue(this, ({ emailBacklog }) => this.set(emailBacklog))
  },
})

new Gauge({
  name: 'alt_staff_notifications_oldest_age_seconds',
  help: 'How long the oldest submission not yet emailed to staff has waited; 0 when none',
  registers: [registry],
  collect() {
    return withQueue(this, ({ oldestUnemailed }) => this.set(oldestUnemailed ? ageSeconds(oldestUnemailed) : 0))
  },
})
