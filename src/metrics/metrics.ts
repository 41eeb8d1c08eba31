import { Counter, Gauge, Histogram, Registry } from 'prom-client'

/**
 * Every metric this app exposes, in one registry (see docs/operations.md, "Metrics and alerts").
 * Events count where they happen (a cache hit, a spam reason, a failed sign-in); state that can be
 * read when Prometheus asks (cache size, the job queue, the pool) is read then, by the collectors
 * in src/metrics/collectors.ts. Labels are bounded sets named here, never a URL, an address or
 * an email. Incrementing costs tens of nanoseconds, so the counters always run; only the HTTP
 * histogram is switched off with the metrics (src/metrics/httpMetrics.ts).
 */
export const registry = new Registry()

const counter = <L extends string>(name: string, help: string, labelNames: readonly L[] = []) => new Counter<L>({ name, help, labelNames, registers: [registry] })
const gauge = <L extends string>(name: string, help: string, labelNames: readonly L[] = []) => new Gauge<L>({ name, help, labelNames, registers: [registry] })

/** The route classes of HTTP requests (src/metrics/httpMetrics.ts). */
export const routeClasses = ['public_read', 'graphql', 'intake', 'admin', 'auth', 'other'] as const

export const httpRequestDuration = new Histogram<'route' | 'status'>({
  name: 'alt_http_request_duration_seconds',
  help: 'HTTP requests by route class and status class (2xx…5xx), and how long they took to answer',
  labelNames: ['route', 'status'],
  // From a cache hit (well under a millisecond) to a slow admin page.
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
})

export const cacheLookups = counter('alt_content_cache_lookups_total', 'Public reads looked up in the response cache, by result (hit or miss)', ['result'])
export const cacheStores = counter('alt_content_cache_stores_total', 'Answers stored in the response cache')
export const cacheEvictions = counter('alt_content_cache_evictions_total', 'Entries dropped to keep the cache within CONTENT_CACHE_MAX_MB')
/** `local`: a change made here; `redis`: another instance's change; `timed`: a discount boundary passed; `degraded`: Redis became unreachable. */
export const cachePurges = counter('alt_content_cache_purges_total', 'Times the whole response cache was emptied, by cause', ['source'])

/** `accepted` and `spam` are stored; `rate_limited`, `invalid` and `form_token` are refused. */
export const intakeSubmissions = counter('alt_intake_submissions_total', 'Public contact submissions by outcome', ['outcome'])
export const intakeSpamReasons = counter('alt_intake_spam_reasons_total', 'Reasons submissions were marked as spam (one submission can have several)', ['reason'])

export const signInFailures = counter('alt_sign_in_failures_total', 'Failed staff sign-ins (wrong email or password, or a locked account)')
export const twoFactorFailures = counter('alt_two_factor_failures_total', 'Wrong or reused second-factor codes and recovery codes')
/** `limiter`: the rate limiter's name (intake, failedSignInsPerAddress, …), never the client. */
export const rateLimited = counter('alt_rate_limited_total', 'Requests refused by a rate limit (429), by limiter', ['limiter'])

export const jobRuns = counter('alt_job_runs_total', 'Job runs finished, by task and outcome (success or failure)', ['task', 'outcome'])
export const jobLastSuccess = gauge('alt_job_last_success_timestamp_seconds', 'When each task last succeeded in this process (Unix time)', ['task'])
export const webhookDeliveries = counter('alt_webhook_deliveries_total', 'Webhook delivery attempts by outcome (delivered, failed, refused)', ['outcome'])

export const sqliteWriteWait = new Histogram({
  name: 'alt_sqlite_write_wait_seconds',
  help: 'How long SQLite writes waited for their turn on the one writer connection',
  buckets: [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
})
