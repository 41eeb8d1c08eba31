import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3'
import { spawn } from 'node:child_process'
import { randomBytes, randomInt } from 'node:crypto'
import { once } from 'node:events'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { type IncomingMessage, request } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import sharp from 'sharp'

import { seedSlugs } from '../../seed/content'
import { s3ClientConfig } from '../../src/s3Client'
import { answers, redisIsUp, testRedisUrl } from '../helpers/redis'
import { freePort, registerFirstAdmin, type ServerProcess, startServerProcess, startWorkerProcess, type WorkerProcess } from '../helpers/serverProcess'
import { scrape } from '../helpers/metrics'
import { fakeSmtpServer } from '../helpers/smtp'

/**
 * The production topology on real components: two web instances (JOBS=off, behind a trusted
 * proxy) and two workers (`npm run worker`, the second one started by mistake) sharing a database
 * server, Redis and, when an S3 server is given (CI: `scripts/s3.sh env` sets S3_ENDPOINT and the
 * rest), a media bucket. Once on PostgreSQL, and once on the MongoDB adapter against FerretDB when
 * one runs on FERRETDB_PORT (CI starts it for its FerretDB pass). In front of the web instances,
 * when the machine has nginx (CI installs Debian's), the deployment's own proxy configuration
 * (deploy/nginx.conf) with TRUST_PROXY=1, as deploy/docker-compose.yml sets it.
 *
 * Each process serves its metrics on a port of its own (METRICS_PORT), named web-a, web-b, w1, w2.
 *
 * Schedules are shortened: the runner ticks every second, the staff email sweep is due every
 * 3 s, and a dead worker's lease expires after 3 s. The tests run in order, on one topology.
 */
const run = randomBytes(4).toString('hex')
const sweepPeriodMs = 3000
const postgresServer = process.env.TEST_POSTGRES_SERVER ?? 'postgres://postgres@127.0.0.1:5432'
const ferretPort = process.env.FERRETDB_PORT
const s3Settings = process.env.S3_ENDPOINT
  ? Object.fromEntries(['S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE'].map((name) => [name, process.env[name] ?? '']))
  : undefined
const testOnS3 = s3Settings ? test : (name: string, fn: jest.ProvidesCallback) => test.skip(`${name} [skipped: no S3 server; CI gives one with scripts/s3.sh]`, fn)
const dataRoot = mkdtempSync(path.join(process.env.ALT_TEST_ROOT ?? tmpdir(), 'topology-'))
const nginxBinary = process.env.NGINX_PATH ?? '/usr/sbin/nginx'
const testBehindNginx = existsSync(nginxBinary) ? test : (name: string, fn: jest.ProvidesCallback) => test.skip(`${name} [skipped: no nginx at ${nginxBinary}; apt-get install nginx-light]`, fn)

/**
 * nginx with deploy/nginx.conf, its upstream pointed at the given instances, listening on `port`.
 */
const startNginx = async (dir: string, port: number, upstreams: string[]) => {
  mkdirSync(dir, { recursive: true })
  const [a, b] = upstreams.map((url) => new URL(url).host)
  const site = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8')
    .replace('web-a:3000', a)
    .replace('web-b:3000', b)
    .replace('listen 80;', `listen ${port};`)
  expect(site).toContain(`server ${a} `)
  writeFileSync(path.join(dir, 'site.conf'), site)
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events {}
http {
  access_log off;
  client_body_temp_path ${dir};
  proxy_temp_path ${dir};
  include ${dir}/site.conf;
}
`,
  )
  const child = spawn(nginxBinary, ['-c', path.join(dir, 'nginx.conf'), '-p', dir], { stdio: 'ignore' })
  for (let tries = 0; !(await answers('127.0.0.1', port)); tries++) {
    if (child.exitCode !== null || tries > 50) throw new Error(`nginx did not start: ${readFileSync(path.join(dir, 'error.log'), 'utf8')}`)
    await sleep(100)
  }
  return { stop: () => child.kill('SIGKILL') }
}

type Database = { name: string; url: string; unavailable?: string; drop: () => Promise<void> }

const databases: Database[] = [
  {
    name: 'PostgreSQL',
    url: `${postgresServer}/alt_topology_${run}`,
    drop: async () => {
      const { default: pg } = await import('pg')
      const client = new pg.Client({ connectionString: `${postgresServer}/postgres` })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS alt_topology_${run} WITH (FORCE)`)
      await client.end()
    },
  },
  {
    name: 'MongoDB (FerretDB)',
    url: `mongodb://127.0.0.1:${ferretPort}/alt-topology-${run}`,
    unavailable: !ferretPort ? 'FERRETDB_PORT is not set; CI starts FerretDB with scripts/ferretdb.sh' : (await answers('127.0.0.1', Number(ferretPort))) ? undefined : `nothing answers on FERRETDB_PORT ${ferretPort}`,
    drop: async () => {
      const { MongoClient } = await import('mongodb')
      const client = await MongoClient.connect(`mongodb://127.0.0.1:${ferretPort}`)
      await client.db(`alt-topology-${run}`).dropDatabase()
      await client.close()
    },
  },
]

const redisUp = await redisIsUp()

const waitFor = async (check: () => boolean, timeoutMs: number, what: string) => {
  const started = Date.now()
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await sleep(250)
  }
}

/** "Running N jobs." lines a worker logged (after `from` characters of output): one per run that found a due job. */
const jobRuns = (worker: WorkerProcess, from = 0) => [...worker.output().slice(from).matchAll(/"msg":"Running (\d+) jobs\."/g)].map((match) => Number(match[1]))

/** A client address of its own (the web instances trust X-Forwarded-For from the one proxy before them, TRUST_PROXY=1). */
const clientAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`

for (const database of databases) {
  const unavailable = !redisUp ? `Redis does not answer at ${testRedisUrl}` : database.unavailable
  const describeHere = unavailable ? (name: string, fn: () => void) => describe.skip(`${name} [skipped: ${unavailable}]`, fn) : describe

  describeHere(`two web instances and two workers on ${database.name}, Redis${s3Settings ? ' and S3' : ''}`, () => {
    const processes: (ServerProcess | WorkerProcess)[] = []
    let smtp: Awaited<ReturnType<typeof fakeSmtpServer>>
    let web: ServerProcess[]
    let workers: WorkerProcess[]
    let adminToken: string
    const submitted: string[] = []
    /** Each process's /metrics, by its METRICS_INSTANCE name. */
    const metrics: Record<string, string> = {}
    const metricsEnv = async (name: string) => {
      const port = await freePort()
      metrics[name] = `http://127.0.0.1:${port}/metrics`
      return { METRICS_PORT: String(port), METRICS_INSTANCE: name }
    }

    /** Submission ids in the staff emails so far (each email links to one submission; numbers on PostgreSQL, ObjectIds on MongoDB). */
    const emailedIds = () => smtp.messages.map((message) => /contact-submissions\/([0-9a-f]+)/.exec(message.replace(/=\r\n/g, ''))?.[1])

    beforeAll(async () => {
      smtp = await fakeSmtpServer()
      const bucket = `alt-topology-${run}-${database.name === 'PostgreSQL' ? 'pg' : 'mongo'}`
      if (s3Settings) {
        const s3 = new S3Client(s3ClientConfig(s3Settings))
        await s3.send(new CreateBucketCommand({ Bucket: bucket }))
        s3.destroy()
      }
      const env = {
        DATABASE_URL: database.url,
        REDIS_URL: testRedisUrl,
        ...(s3Settings && { ...s3Settings, S3_BUCKET: bucket }),
        JOBS_LEASE_KEY: `alt-test:jobs-lease:${run}:${database.name}`,
        JOBS_LEASE_TTL_MS: String(sweepPeriodMs),
        JOBS_RUN_CRON: '* * * * * *',
        STAFF_EMAIL_CRON: '*/3 * * * * *',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(smtp.port),
      }
      // One after the other: the first creates the database, migrates and seeds it.
      web = []
      for (const name of ['a', 'b']) {
        const server = await startServerProcess({
          dataDir: path.join(dataRoot, `${run}-${name}`),
          port: await freePort(),
          env: { ...env, JOBS: 'off', TRUST_PROXY: '1', ...(await metricsEnv(`web-${name}`)) },
        })
        processes.push(server)
        web.push(server)
      }
      adminToken = await registerFirstAdmin(web[0].url)
      workers = await Promise.all(['w1', 'w2'].map(async (name) => startWorkerProcess({ dataDir: path.join(dataRoot, `${run}-${name}`), env: { ...env, ...(await metricsEnv(name)) } })))
      processes.push(...workers)
    })

    afterAll(async () => {
      await Promise.all(processes.map((each) => each.stop('SIGKILL')))
      smtp?.close()
      if (!unavailable) await database.drop()
    })

    const formTokens = async () => {
      const tokens = await Promise.all(web.map(async (server) => ((await (await fetch(`${server.url}/api/contact-submissions/form-token`)).json()) as { formToken: string }).formToken))
      await sleep(3500) // the form's minimum fill time
      return tokens
    }

    /** A valid submission, with a message of its own (the same message twice is spam). */
    const submissionBody = (formToken: string) =>
      JSON.stringify({
        name: 'Topology Test',
        email: 'topology@example.com',
        message: `Please call me back (${randomBytes(6).toString('hex')}).`,
        inquiryType: 'general',
        consent: true,
        formToken,
      })

    const post = (server: ServerProcess, formToken: string, from = clientAddress()) =>
      fetch(`${server.url}/api/contact-submissions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
        body: submissionBody(formToken),
      })

    /** Posts a submission to a web instance and remembers its id. */
    const submit = async (server: ServerProcess, formToken: string) => {
      const res = await post(server, formToken)
      expect(res.status).toBe(201)
      submitted.push(String(((await res.json()) as { id: number | string }).id))
    }

    test('each instance reports every component it uses as up', async () => {
      for (const server of web) {
        const res = await fetch(`${server.url}/readyz`)
        expect(res.status).toBe(200)
        expect(await res.json()).toMatchObject({ status: 'ready', components: { database: 'up', redis: 'up', ...(s3Settings && { s3: 'up' }) } })
      }
    })

    test('each of the four processes serves its metrics, with its own instance label and its role, and never on the public port', async () => {
      const scrapes = Object.fromEntries(await Promise.all(Object.entries(metrics).map(async ([name, url]) => [name, await scrape(url)] as const)))
      expect(Object.keys(scrapes).sort()).toEqual(['w1', 'w2', 'web-a', 'web-b'])
      for (const [name, { samples, value }] of Object.entries(scrapes)) {
        expect(new Set(samples.map((sample) => sample.labels.instance))).toEqual(new Set([name]))
        expect(new Set(samples.map((sample) => sample.labels.role))).toEqual(new Set([name.startsWith('web') ? 'web' : 'worker']))
        expect([name, value('alt_component_up', { component: 'database' }), value('alt_component_up', { component: 'redis' })]).toEqual([name, 1, 1])
        expect(value('process_resident_memory_bytes')).toBeGreaterThan(0)
      }
      // Each web instance answered /readyz above; the workers hold one lease between them.
      for (const name of ['web-a', 'web-b']) expect(scrapes[name].value('alt_http_request_duration_seconds_count', { route: 'other', status: '2xx' })).toBeGreaterThan(0)
      expect(scrapes.w1.value('alt_jobs_lease_held') + scrapes.w2.value('alt_jobs_lease_held')).toBe(1)
      for (const server of web) expect(await (await fetch(`${server.url}/metrics`)).text()).not.toContain('alt_')
    })

    test('each submission is emailed once, and the sweep runs at most once per period, by one worker', async () => {
      const tokens = await formTokens()
      const started = Date.now()
      const logged = workers.map((worker) => worker.output().length)
      for (let i = 0; i < 8; i++) {
        await submit(web[i % 2], tokens[i % 2])
        await sleep(1500)
      }
      await waitFor(() => smtp.messages.length >= submitted.length, 60_000, 'the staff emails')
      // Two more periods: a second sweep or a second worker would email again.
      await sleep(2 * sweepPeriodMs)
      const elapsedPeriods = (Date.now() - started) / sweepPeriodMs

      expect(emailedIds().sort()).toEqual([...submitted].sort())
      const runs = workers.map((worker, i) => jobRuns(worker, logged[i]))
      // One worker holds the lease and runs every job; the other runs none.
      expect(runs.filter((each) => each.length > 0)).toHaveLength(1)
      const sweeps = runs.flat().length
      console.log(`${database.name}: ${submitted.length} submissions, ${smtp.messages.length} staff emails, ${sweeps} sweep runs in ${elapsedPeriods.toFixed(1)} periods`)
      expect(sweeps).toBeGreaterThanOrEqual(Math.floor(elapsedPeriods) - 2)
      expect(sweeps).toBeLessThanOrEqual(Math.ceil(elapsedPeriods) + 1)
      // The web instances ran nothing.
      for (const server of web) expect(server.output()).not.toMatch(/Running \d+ jobs/)
      // The holder's metrics say the same: sweeps succeeded just now, nothing is left to email.
      const holder = (await Promise.all(['w1', 'w2'].map((name) => scrape(metrics[name])))).find((each) => each.value('alt_jobs_lease_held') === 1)!
      expect(holder.value('alt_job_runs_total', { task: 'notify-staff-of-submissions', outcome: 'success' })).toBeGreaterThanOrEqual(sweeps)
      expect(Date.now() / 1000 - holder.value('alt_job_last_success_timestamp_seconds', { task: 'notify-staff-of-submissions' })).toBeLessThan(10)
      expect(holder.value('alt_staff_notifications_pending')).toBe(0)
      const intake = await Promise.all(['web-a', 'web-b'].map(async (name) => (await scrape(metrics[name])).value('alt_intake_submissions_total', { outcome: 'accepted' })))
      expect(intake).toEqual([4, 4])
    })

    test('content saved through A is served by B on the next request, though B had it cached', async () => {
      const quote = `${web[1].url}/api/quotes?where[slug][equals]=${seedSlugs.quote}&depth=0`
      const read = async () => {
        const res = await fetch(quote)
        return { cache: res.headers.get('x-cache'), doc: ((await res.json()) as { docs: { id: number | string; context: string | null }[] }).docs[0] }
      }
      await read()
      const cached = await read()
      expect(cached.cache).toBe('HIT')

      const context = `Changed through instance A (${randomBytes(4).toString('hex')}).`
      const change = await fetch(`${web[0].url}/api/quotes/${cached.doc.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${adminToken}` },
        body: JSON.stringify({ context }),
      })
      expect(change.status).toBe(200)
      const next = await read()
      expect(next.doc.context).toBe(context)
      expect(next.cache).toBe('MISS')
    })

    testOnS3('a file uploaded through A is served by B, every image size with it', async () => {
      const png = await sharp({ create: { width: 1800, height: 1200, channels: 3, background: '#5b7f95' } }).png().toBuffer()
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `lake-${run}.png`)
      form.append('_payload', JSON.stringify({ alt: 'A still lake' }))
      const created = await fetch(`${web[0].url}/api/media`, { method: 'POST', headers: { authorization: `JWT ${adminToken}` }, body: form })
      expect(created.status).toBe(201)
      const { doc } = (await created.json()) as { doc: { filename: string; sizes: Record<string, { filename: string; width: number }> } }

      const original = await fetch(`${web[1].url}/api/media/file/${doc.filename}`)
      expect(original.status).toBe(200)
      expect(Buffer.from(await original.arrayBuffer()).equals(png)).toBe(true)
      expect(Object.values(doc.sizes).filter((size) => size.filename)).toHaveLength(3)
      for (const size of Object.values(doc.sizes)) {
        const served = await fetch(`${web[1].url}/api/media/file/${size.filename}`)
        expect(served.status).toBe(200)
        expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).width).toBe(size.width)
      }
    })

    test('when the worker holding the lease is killed mid-run, the other takes over and no job is lost', async () => {
      const holder = workers.find((worker) => jobRuns(worker).length > 0)!
      const other = workers.find((worker) => worker !== holder)!
      const emailedBefore = smtp.messages.length
      const tokens = await formTokens()
      await submit(web[0], tokens[0])
      await holder.stop('SIGKILL')
      await submit(web[1], tokens[1])
      await submit(web[0], tokens[0])

      await waitFor(() => other.output().includes('jobs lease taken'), 30_000, 'the other worker to take the lease')
      // The lease moved: the survivor reports it now (the killed worker serves nothing).
      const otherName = workers[0] === other ? 'w1' : 'w2'
      expect((await scrape(metrics[otherName])).value('alt_jobs_lease_held')).toBe(1)
      await expect(fetch(metrics[otherName === 'w1' ? 'w2' : 'w1'])).rejects.toThrow()
      await waitFor(() => new Set(emailedIds()).size >= submitted.length, 60_000, 'the staff emails after the takeover')
      expect(new Set(emailedIds())).toEqual(new Set(submitted))
      // At least once: a submission whose email went out just before the kill, but whose stamp
      // did not, is emailed again; there is nothing else to send twice.
      expect(smtp.messages.length - emailedBefore).toBeLessThanOrEqual(4)
    })

    test('the rate limit is shared: one address gets 5 a minute across both instances', async () => {
      const tokens = await formTokens()
      const from = clientAddress()
      const statuses = []
      for (let i = 0; i < 6; i++) statuses.push((await post(web[i % 2], tokens[i % 2], from)).status)
      expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
    })

    testBehindNginx('behind nginx (deploy/nginx.conf) requests reach both instances, and each client has one rate limit across them, whatever X-Forwarded-For it sends', async () => {
      const port = await freePort()
      const proxy = await startNginx(path.join(dataRoot, `${run}-nginx-${database.name === 'PostgreSQL' ? 'pg' : 'mongo'}`), port, web.map((server) => server.url))
      try {
        // A client address of this test's own (the connections come from it): the limit's counts
        // in Redis outlive the test.
        const client = `127.${randomInt(1, 255)}.${randomInt(256)}.${randomInt(1, 255)}`
        const tokens = await formTokens()
        const logged = web.map((server) => server.output().length)
        const statuses = []
        for (let i = 0; i < 6; i++) {
          const answer = request({ host: '127.0.0.1', port, localAddress: client, method: 'POST', path: '/api/contact-submissions', headers: { 'content-type': 'application/json', 'x-forwarded-for': clientAddress() } }).end(
            submissionBody(tokens[0]),
          )
          const [res] = (await once(answer, 'response')) as [IncomingMessage]
          res.resume()
          statuses.push(res.statusCode)
        }
        expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
        for (const [i, server] of web.entries()) expect(server.output().slice(logged[i])).toMatch(/"method":"POST","path":"\/api\/contact-submissions"/)
      } finally {
        proxy.stop()
      }
    })
  })
}

test('a worker refuses to start on SQLite, whose database belongs to one process (npm start runs the jobs there)', async () => {
  await expect(startWorkerProcess({ dataDir: path.join(dataRoot, 'sqlite') })).rejects.toThrow(/worker exited with 1[^]*a separate worker needs a database server/)
})
