import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { redisIsUp, testRedisUrl } from '../helpers/redis'
import { freePort, type ServerProcess, startServerProcess } from '../helpers/serverProcess'

/**
 * The intake's per-address limit through the real server: where the address comes from (the
 * socket, or X-Forwarded-For only from a trusted proxy), and one limit shared by two app
 * instances through Redis. Default limits: 5 a minute.
 */
const running: ServerProcess[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.stop('SIGKILL')))
})

const start = async (env: Record<string, string> = {}) => {
  const dataDir = mkdtempSync(path.join(process.env.ALT_TEST_ROOT ?? tmpdir(), 'limit-'))
  const server = await startServerProcess({ dataDir, port: await freePort(), env })
  running.push(server)
  return { server }
}

const send = async (url: string, forwardedFor?: string) => {
  const { formToken } = (await (await fetch(`${url}/api/contact-submissions/form-token`)).json()) as { formToken: string }
  const res = await fetch(`${url}/api/contact-submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
    body: JSON.stringify({
      name: 'Limit Test',
      email: 'limit@example.com',
      message: `Rate limit message ${randomBytes(6).toString('hex')}`,
      inquiryType: 'general',
      consent: true,
      formToken,
    }),
  })
  return { status: res.status, retryAfter: res.headers.get('retry-after') }
}

test('without TRUST_PROXY a client cannot dodge the limit by sending its own X-Forwarded-For', async () => {
  const { server } = await start()
  const statuses = []
  for (let i = 0; i < 6; i++) statuses.push(await send(server.url, `198.51.100.${i}`))
  expect(statuses.map((result) => result.status)).toEqual([201, 201, 201, 201, 201, 429])
  expect(Number(statuses[5].retryAfter)).toBeGreaterThan(0)
})

test('behind a trusted proxy (TRUST_PROXY=loopback) each client address has its own limit', async () => {
  const { server } = await start({ TRUST_PROXY: 'loopback' })
  const other = []
  for (let i = 0; i < 6; i++) other.push((await send(server.url, `198.51.100.${i}`)).status)
  expect(other).toEqual([201, 201, 201, 201, 201, 201])
  const same = []
  for (let i = 0; i < 6; i++) same.push((await send(server.url, '203.0.113.9')).status)
  expect(same).toEqual([201, 201, 201, 201, 201, 429])
})

const withRedis = (await redisIsUp()) ? test : test.skip
withRedis('two app instances with REDIS_URL share one limit (3 + 3 from one client: the 6th is refused)', async () => {
  const env = { REDIS_URL: testRedisUrl, TRUST_PROXY: 'loopback' }
  // Each with its own database here: the limit lives only in Redis.
  const first = await start(env)
  const second = await start(env)
  // An address of this run's own: Redis keeps counts between runs.
  const client = `10.${Array.from(randomBytes(3)).join('.')}`
  const statuses = []
  for (const server of [first.server, first.server, first.server, second.server, second.server, second.server]) {
    statuses.push((await send(server.url, client)).status)
  }
  expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
})
