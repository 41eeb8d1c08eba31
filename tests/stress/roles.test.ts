import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import { redisIsUp, testRedisUrl } from '../helpers/redis'
import { freePort, type ServerProcess, startServerProcess, startWorkerProcess, type WorkerProcess } from '../helpers/serverProcess'
import { fakeSmtpServer } from '../helpers/smtp'

/**
 * Process roles on PostgreSQL and Redis: two web instances (JOBS=off) and two workers (`npm run
 * worker`, one by mistake). Schedules are shortened: the runner ticks every second, the staff
 * email sweep is due every 3 s, and a dead worker's lease expires after 3 s. Several periods
 * later, each submission was emailed exactly once and the sweep ran at most once per period;
 * after the lease holder is killed, the other worker takes over and nothing is lost.
 */
const postgresServer = process.env.TEST_POSTGRES_SERVER ?? 'postgres://postgres@127.0.0.1:5432'
const run = randomBytes(4).toString('hex')
const sweepPeriodMs = 3000
const dataDir = mkdtempSync(path.join(process.env.ALT_TEST_ROOT ?? tmpdir(), 'roles-'))
const processes: (ServerProcess | WorkerProcess)[] = []
let smtp: Awaited<ReturnType<typeof fakeSmtpServer>>

const withServices = (await redisIsUp()) ? describe : describe.skip

/** Submission ids in the staff emails so far (each email links to one submission). */
const emailedIds = () => smtp.messages.map((message) => Number(/contact-submissions\/(\d+)/.exec(message.replace(/=\r\n/g, ''))?.[1]))

/** "Running N jobs." lines a worker logged (after `from` characters of output): one per run that found a due job. */
const jobRuns = (worker: WorkerProcess, from = 0) => [...worker.output().slice(from).matchAll(/"msg":"Running (\d+) jobs\."/g)].map((match) => Number(match[1]))

const waitFor = async (check: () => boolean, timeoutMs: number, what: string) => {
  const started = Date.now()
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await sleep(250)
  }
}

withServices('two web instances and two workers on PostgreSQL and Redis', () => {
  let web: ServerProcess[]
  let workers: WorkerProcess[]
  const submitted: number[] = []

  beforeAll(async () => {
    smtp = await fakeSmtpServer()
    const env = {
      DATABASE_URL: `${postgresServer}/alt_roles_${run}`,
      REDIS_URL: testRedisUrl,
      JOBS_LEASE_KEY: `alt-test:jobs-lease:${run}`,
      JOBS_LEASE_TTL_MS: String(sweepPeriodMs),
      JOBS_RUN_CRON: '* * * * * *',
      STAFF_EMAIL_CRON: '*/3 * * * * *',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      CONTACT_RATE_LIMIT_PER_MINUTE: '1000',
      CONTACT_RATE_LIMIT_PER_DAY: '1000',
    }
    // One after the other: the first creates the database, migrates and seeds it.
    web = []
    for (const name of ['a', 'b']) {
      const server = await startServerProcess({ dataDir: path.join(dataDir, name), port: await freePort(), env: { ...env, JOBS: 'off' } })
      processes.push(server)
      web.push(server)
    }
    const admin = await fetch(`${web[0].url}/api/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@alt.test', password: 'a long enough password 1' }),
    })
    expect(admin.status).toBe(200)
    workers = await Promise.all(['w1', 'w2'].map((name) => startWorkerProcess({ dataDir: path.join(dataDir, name), env })))
    processes.push(...workers)
  })

  afterAll(async () => {
    await Promise.all(processes.map((each) => each.stop('SIGKILL')))
    smtp?.close()
    const { default: pg } = await import('pg')
    const client = new pg.Client({ connectionString: `${postgresServer}/postgres` })
    await client.connect()
    await client.query(`DROP DATABASE IF EXISTS alt_roles_${run} WITH (FORCE)`)
    await client.end()
  })

  /** Posts a submission to a web instance and remembers its id. */
  const submit = async (server: ServerProcess, formToken: string) => {
    const res = await fetch(`${server.url}/api/contact-submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Roles Test',
        email: 'roles@example.com',
        message: `Please call me back (${randomBytes(6).toString('hex')}).`,
        inquiryType: 'general',
        consent: true,
        formToken,
      }),
    })
    expect(res.status).toBe(201)
    submitted.push(((await res.json()) as { id: number }).id)
  }

  const formTokens = async () => {
    const tokens = await Promise.all(web.map(async (server) => ((await (await fetch(`${server.url}/api/contact-submissions/form-token`)).json()) as { formToken: string }).formToken))
    await sleep(3500) // the form's minimum fill time
    return tokens
  }

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

    expect(emailedIds().sort((x, y) => x - y)).toEqual([...submitted].sort((x, y) => x - y))
    const runs = workers.map((worker, i) => jobRuns(worker, logged[i]))
    // One worker holds the lease and runs every job; the other runs none.
    expect(runs.filter((each) => each.length > 0)).toHaveLength(1)
    const sweeps = runs.flat().length
    console.log(`${submitted.length} submissions, ${smtp.messages.length} staff emails, ${sweeps} sweep runs in ${elapsedPeriods.toFixed(1)} periods`)
    expect(sweeps).toBeGreaterThanOrEqual(Math.floor(elapsedPeriods) - 2)
    expect(sweeps).toBeLessThanOrEqual(Math.ceil(elapsedPeriods) + 1)
    // The web instances ran nothing.
    for (const server of web) expect(server.output()).not.toMatch(/Running \d+ jobs/)
  })

  test('when the worker holding the lease is killed, the other takes over and nothing is lost', async () => {
    const holder = workers.find((worker) => jobRuns(worker).length > 0)!
    const other = workers.find((worker) => worker !== holder)!
    const emailedBefore = smtp.messages.length
    const tokens = await formTokens()
    await submit(web[0], tokens[0])
    await holder.stop('SIGKILL')
    await submit(web[1], tokens[1])
    await submit(web[0], tokens[0])

    await waitFor(() => other.output().includes('jobs lease taken'), 30_000, 'the other worker to take the lease')
    await waitFor(() => new Set(emailedIds()).size >= submitted.length, 60_000, 'the staff emails after the takeover')
    expect(new Set(emailedIds())).toEqual(new Set(submitted))
    // At least once: a submission whose email went out just before the kill, but whose stamp
    // did not, is emailed again; there is nothing else to send twice.
    expect(smtp.messages.length - emailedBefore).toBeLessThanOrEqual(4)
  })
})

test('a worker refuses to start on SQLite, whose database belongs to one process (npm start runs the jobs there)', async () => {
  await expect(startWorkerProcess({ dataDir: path.join(dataDir, 'sqlite') })).rejects.toThrow(/worker exited with 1[^]*a separate worker needs a database server/)
})
