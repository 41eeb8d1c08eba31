import type { Payload } from 'payload'

import type { Server } from 'node:http'

import { paragraph, richText } from '../../seed/lexical'
import { seedClinicContent } from '../../seed/seed'
import { announceChange } from '../../src/contentChanges'
import { soleLease } from '../../src/jobs/lease'
import { watchProcess } from '../../src/metrics/collectors'
import { metricsUrl, startMetricsServer } from '../../src/metrics/metricsServer'
import { readiness } from '../../src/server/readiness'
import { collectionSlugs, taskSlugs } from '../../src/slugs'
import { rest, startPayload } from '../helpers/api'
import { startAppServer } from '../helpers/appServer'
import { captureEmails, formTokenFor, submission } from '../helpers/intake'
import { scrape } from '../helpers/metrics'
import { startReceiver } from '../helpers/receiver'
import { enrolTwoFactor } from '../helpers/twoFactor'
import { staffTokens, tokenFor } from '../helpers/users'

/**
 * /metrics through the real front door (src/server/httpServer.ts) and the metrics server of
 * src/metrics/metricsServer.ts: each metric moves when its event happens, the label sets stay
 * bounded, and the metrics are never on the public port nor, with METRICS_TOKEN, without it.
 */
let payload: Payload
let app: Awaited<ReturnType<typeof startAppServer>>
let metricsServer: Server
let metrics: string
let tokens: Awaited<ReturnType<typeof staffTokens>>
const probe = { current: undefined as ReturnType<typeof readiness> | undefined }
let unwatch: () => void

beforeAll(async () => {
  // The intake's and sign-in's limits count per address: here, the X-Forwarded-For the test sends.
  process.env.TRUST_PROXY = 'loopback'
  payload = await startPayload()
  await seedClinicContent(payload)
  tokens = await staffTokens(payload)
  app = await startAppServer(payload, {}, { metrics: true })
  metricsServer = await startMetricsServer({ port: 0, host: '127.0.0.1', instance: 'web-1' }, 'web')
  metrics = metricsUrl(metricsServer)
  probe.current = readiness(payload, {})
  // As `npm start` on SQLite: this process runs the jobs (the sole lease).
  unwatch = watchProcess({ payload, readiness: probe.current, lease: soleLease() })
})
afterAll(async () => {
  delete process.env.TRUST_PROXY
  unwatch()
  probe.current?.close()
  metricsServer.close()
  await app.close()
  await payload.destroy()
})

/** How much each of `read` changed while `act` ran. */
const change = async (act: () => Promise<unknown>, ...reads: [string, Record<string, string>?][]) => {
  const before = await scrape(metrics)
  await act()
  const after = await scrape(metrics)
  return reads.map(([name, labels]) => after.value(name, labels) - before.value(name, labels))
}

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${app.url}${path}`, { headers }).then(async (res) => ({ status: res.status, text: await res.text() }))
const postIntake = (body: unknown, address: string) =>
  fetch(`${app.url}/api/${collectionSlugs.contactSubmissions}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address }, body: JSON.stringify(body) })

describe('the metrics server', () => {
  test('serves the Prometheus text format with the process defaults and the instance and role of every series', async () => {
    const res = await fetch(metrics)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    const { samples, series } = await scrape(metrics)
    for (const name of ['nodejs_eventloop_lag_seconds', 'nodejs_heap_size_used_bytes', 'nodejs_active_handles_total', 'process_resident_memory_bytes']) expect(series(name)).toBeGreaterThan(0)
    expect(samples.every((sample) => sample.labels.instance === 'web-1' && sample.labels.role === 'web')).toBe(true)
    expect(new URL(metrics).hostname).toBe('127.0.0.1')
    expect((await fetch(metrics.replace('/metrics', '/other'))).status).toBe(404)
  })

  test('is not on the public port', async () => {
    const res = await get('/metrics')
    expect(res.status).toBe(404)
    expect(res.text).not.toContain('alt_http_request_duration_seconds')
  })

  test('with METRICS_TOKEN, refuses a scrape without the bearer token or with another one', async () => {
    const guarded = await startMetricsServer({ port: 0, host: '127.0.0.1', token: 's3cret-metrics-token', instance: 'web-1' }, 'web')
    try {
      const url = metricsUrl(guarded)
      expect((await fetch(url)).status).toBe(401)
      expect((await fetch(url, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401)
      expect((await fetch(url, { headers: { authorization: 's3cret-metrics-token' } })).status).toBe(401)
      expect((await scrape(url, 's3cret-metrics-token')).series('alt_http_request_duration_seconds_count')).toBeGreaterThan(0)
    } finally {
      guarded.close()
    }
  })
})

describe('HTTP requests', () => {
  test('are counted by route class and status class', async () => {
    const [reads, admin, notFound, health] = await change(
      async () => {
        await get('/api/quotes?limit=1')
        await get('/admin/login')
        await get('/api/nothing-here')
        await get('/healthz')
      },
      ['alt_http_request_duration_seconds_count', { route: 'public_read', status: '2xx' }],
      ['alt_http_request_duration_seconds_count', { route: 'admin' }],
      ['alt_http_request_duration_seconds_count', { route: 'other', status: '4xx' }],
      ['alt_http_request_duration_seconds_count', { route: 'other', status: '2xx' }],
    )
    expect([reads, admin, notFound, health]).toEqual([1, 1, 1, 1])
  })

  test('1,000 distinct URLs add no series', async () => {
    // Every class and status seen once, so what follows can only add series if a label takes the URL.
    await Promise.all([get('/api/articles/none-1'), get('/api/quotes?limit=1'), get('/random-1'), get('/api/users/login'), get('/admin/x-1')])
    const before = await scrape(metrics)
    for (let i = 0; i < 1000; i += 50) {
      await Promise.all(
        Array.from({ length: 50 }, (_, j) => {
          const n = i + j
          return get([`/api/articles/none-${n}`, `/api/quotes?limit=1&page=${n}`, `/random-${n}?q=${n}`, `/admin/x-${n}`][n % 4])
        }),
      )
    }
    const after = await scrape(metrics)
    for (const name of ['alt_http_request_duration_seconds_bucket', 'alt_content_cache_lookups_total']) expect(after.series(name)).toBe(before.series(name))
    expect(after.value('alt_http_request_duration_seconds_count') - before.value('alt_http_request_duration_seconds_count')).toBe(1000)
  })
})

describe('the response cache', () => {
  test('a miss then a hit, a store, and the entries and bytes it holds', async () => {
    const path = `/api/services?limit=2&sort=name&metrics=${Date.now()}`
    const [misses, hits, stores] = await change(
      async () => {
        expect((await fetch(`${app.url}${path}`)).headers.get('x-cache')).toBe('MISS')
        expect((await fetch(`${app.url}${path}`)).headers.get('x-cache')).toBe('HIT')
      },
      ['alt_content_cache_lookups_total', { result: 'miss' }],
      ['alt_content_cache_lookups_total', { result: 'hit' }],
      ['alt_content_cache_stores_total'],
    )
    expect([misses, hits, stores]).toEqual([1, 1, 1])
    const now = await scrape(metrics)
    expect(now.value('alt_content_cache_entries')).toBe(app.cache!.size)
    expect(now.value('alt_content_cache_entries')).toBeGreaterThan(0)
    expect(now.value('alt_content_cache_bytes')).toBe(app.cache!.bytes)
  })

  test('purges are counted by source: a change here, and one announced by another instance', async () => {
    const [local, remote] = await change(
      async () => {
        const quote = await rest('POST', `/${collectionSlugs.quotes}`, { token: tokens.editor, body: { text: 'A metric of change.', attribution: `Metrics ${Date.now()}` } })
        expect(quote.status).toBe(201)
        await announceChange('*', true)
      },
      ['alt_content_cache_purges_total', { source: 'local' }],
      ['alt_content_cache_purges_total', { source: 'redis' }],
    )
    expect(local).toBeGreaterThanOrEqual(1)
    expect(remote).toBe(1)
    expect((await scrape(metrics)).value('alt_content_cache_entries')).toBe(0)
  })

  test('an instance whose budget is too small evicts; one that cannot reach Redis purges as degraded', async () => {
    const [degraded, evictions] = await change(
      async () => {
        const small = await startAppServer(payload, { cacheMaxBytes: 2 * 1024, redisUrl: 'redis://127.0.0.1:1' }, { metrics: true })
        try {
          for (let page = 1; page <= 6; page++) expect((await fetch(`${small.url}/api/quotes?limit=1&page=${page}&depth=0`)).status).toBe(200)
          expect((await scrape(metrics)).value('alt_content_cache_entries')).toBe(app.cache!.size + small.cache!.size)
        } finally {
          await small.close()
        }
      },
      ['alt_content_cache_purges_total', { source: 'degraded' }],
      ['alt_content_cache_evictions_total'],
    )
    expect(degraded).toBe(1)
    expect(evictions).toBeGreaterThan(0)
  })
})

describe('the intake', () => {
  test('accepted, spam by reason, refused by validation, form-token failures and rate-limited submissions', async () => {
    const counts = await change(
      async () => {
        expect((await postIntake(submission(payload), '198.51.100.10')).status).toBe(201)
        expect((await postIntake(submission(payload, { website: 'http://bot.example' }), '198.51.100.11')).status).toBe(201)
        expect((await postIntake(submission(payload, { formToken: formTokenFor(payload, 0) }), '198.51.100.12')).status).toBe(201)
        expect((await postIntake(submission(payload, { email: 'not an email' }), '198.51.100.13')).status).toBe(400)
        expect((await postIntake(submission(payload, { formToken: 'forged' }), '198.51.100.14')).status).toBe(400)
        // The default limit: 5 a minute per address.
        for (let i = 0; i < 5; i++) await postIntake(submission(payload), '198.51.100.15')
        expect((await postIntake(submission(payload), '198.51.100.15')).status).toBe(429)
      },
      ['alt_intake_submissions_total', { outcome: 'accepted' }],
      ['alt_intake_submissions_total', { outcome: 'spam' }],
      ['alt_intake_spam_reasons_total', { reason: 'honeypot' }],
      ['alt_intake_spam_reasons_total', { reason: 'too-fast' }],
      ['alt_intake_submissions_total', { outcome: 'invalid' }],
      ['alt_intake_submissions_total', { outcome: 'form_token' }],
      ['alt_intake_submissions_total', { outcome: 'rate_limited' }],
      ['alt_rate_limited_total', { limiter: 'intake' }],
      ['alt_http_request_duration_seconds_count', { route: 'intake', status: '4xx' }],
    )
    expect(counts).toEqual([6, 2, 1, 1, 1, 1, 1, 1, 3])
    // Labels say what happened, never who: no address, email or message in any series.
    const { samples } = await scrape(metrics)
    expect(JSON.stringify(samples)).not.toMatch(/198\.51\.100|example\.com|@alt\.test/)
  })
})

describe('security signals', () => {
  test('failed sign-ins, wrong second-factor codes, and sign-ins refused by the rate limit', async () => {
    const { user, token } = await tokenFor(payload, 'editor')
    await enrolTwoFactor(token)
    const signIn = (email: string, address: string) =>
      fetch(`${app.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address }, body: JSON.stringify({ email, password: 'wrong password' }) })
    const [failures, twoFactor, throttled, auth] = await change(
      async () => {
        expect((await signIn(user.email, '198.51.100.20')).status).toBe(401)
        expect((await signIn('nobody@alt.test', '198.51.100.20')).status).toBe(401)
        const verify = await fetch(`${app.url}/api/users/two-factor/verify`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `JWT ${token}` }, body: JSON.stringify({ code: '000000' }) })
        expect(verify.status).toBe(400)
        // Past the limit on failed sign-ins from one address (src/auth/signInLimits.ts).
        let status = 0
        for (let i = 0; i < 30 && status !== 429; i++) status = (await signIn('nobody@alt.test', '198.51.100.21')).status
        expect(status).toBe(429)
      },
      ['alt_sign_in_failures_total'],
      ['alt_two_factor_failures_total'],
      ['alt_rate_limited_total', { limiter: 'failedSignInsPerAddress' }],
      ['alt_http_request_duration_seconds_count', { route: 'auth' }],
    )
    expect(failures).toBeGreaterThanOrEqual(3)
    expect(twoFactor).toBe(1)
    expect(throttled).toBe(1)
    expect(auth).toBeGreaterThanOrEqual(4)
  })
})

describe('jobs, webhooks and the staff-email backlog', () => {
  const runQueue = () => payload.jobs.run({ queue: 'default', limit: 100 })

  test('a queued sweep shows in the queue; its run empties the backlog and records the success', async () => {
    captureEmails(payload)
    expect((await postIntake(submission(payload), '198.51.100.30')).status).toBe(201)
    const waiting = await scrape(metrics)
    expect(waiting.value('alt_staff_notifications_pending')).toBeGreaterThanOrEqual(1)
    expect(waiting.value('alt_staff_notifications_oldest_age_seconds')).toBeGreaterThan(0)
    expect(waiting.value('alt_jobs_lease_held')).toBe(1)

    await payload.jobs.queue({ task: taskSlugs.notifyStaffOfSubmissions, input: {} })
    const queued = await scrape(metrics)
    expect(queued.value('alt_jobs', { task: taskSlugs.notifyStaffOfSubmissions, state: 'queued' })).toBe(1)
    expect(queued.value('alt_jobs_oldest_due_age_seconds')).toBeGreaterThanOrEqual(0)

    const startedAt = Date.now() / 1000
    const [successes] = await change(runQueue, ['alt_job_runs_total', { task: taskSlugs.notifyStaffOfSubmissions, outcome: 'success' }])
    expect(successes).toBe(1)
    const after = await scrape(metrics)
    expect(after.value('alt_job_last_success_timestamp_seconds', { task: taskSlugs.notifyStaffOfSubmissions })).toBeGreaterThanOrEqual(Math.floor(startedAt))
    expect(after.value('alt_staff_notifications_pending')).toBe(0)
    expect(after.value('alt_staff_notifications_oldest_age_seconds')).toBe(0)
    expect(after.value('alt_jobs', { task: taskSlugs.notifyStaffOfSubmissions })).toBe(0)
  })

  test('a failing webhook receiver: a failed delivery, a failed run and a retry waiting', async () => {
    const receiver = await startReceiver({ statuses: [500] })
    process.env.WEBHOOK_ALLOWED_ORIGINS = receiver.origin
    try {
      const hook = await rest('POST', `/${collectionSlugs.webhooks}`, { token: tokens.admin, body: { url: receiver.url, events: ['publish'], collections: [collectionSlugs.providerDiscounts] } })
      expect(hook.status).toBe(201)
      const published = await rest('POST', `/${collectionSlugs.providerDiscounts}`, {
        token: tokens.editor,
        body: { title: 'Metrics rate', slug: `metrics-rate-${Date.now()}`, eligibility: 'Colleagues.', terms: richText([paragraph('Metrics rate.')]), _status: 'published' },
      })
      expect(published.status).toBe(201)
      const [failed, failedRuns] = await change(
        runQueue,
        ['alt_webhook_deliveries_total', { outcome: 'failed' }],
        ['alt_job_runs_total', { task: taskSlugs.deliverWebhook, outcome: 'failure' }],
      )
      expect(receiver.received.map(({ answered }) => answered)).toEqual([500])
      expect([failed, failedRuns]).toEqual([1, 1])
      const backlog = await scrape(metrics)
      expect(backlog.value('alt_webhook_retry_backlog')).toBe(1)
      expect(backlog.value('alt_jobs_retrying', { task: taskSlugs.deliverWebhook })).toBe(1)
      await payload.update({ collection: collectionSlugs.webhooks, id: hook.body.doc.id, data: { active: false } })
    } finally {
      delete process.env.WEBHOOK_ALLOWED_ORIGINS
      await receiver.close()
    }
  })
})

describe('databases', () => {
  test('the database is up; SQLite writes report their wait for a turn, PostgreSQL its pool', async () => {
    const url = process.env.DATABASE_URL ?? ''
    const [waits] = await change(() => rest('POST', `/${collectionSlugs.quotes}`, { token: tokens.editor, body: { text: 'Waiting for a turn.', attribution: `Turn ${Date.now()}` } }), ['alt_sqlite_write_wait_seconds_count'])
    const now = await scrape(metrics)
    expect(now.value('alt_component_up', { component: 'database' })).toBe(1)
    if (url.startsWith('postgres')) {
      expect(now.value('alt_postgres_pool_connections', { state: 'total' })).toBeGreaterThan(0)
      expect(now.series('alt_postgres_pool_connections')).toBe(3)
    } else if (!url.startsWith('mongodb')) {
      expect(waits).toBeGreaterThan(0)
      expect(now.series('alt_postgres_pool_connections')).toBe(0)
    }
  })
})
