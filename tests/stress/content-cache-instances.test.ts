import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { mkdtempSync } from 'node:fs'
import { type AddressInfo, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { seedSlugs } from '../../seed/content'
import { redisIsUp, testRedisUrl } from '../helpers/redis'
import { freePort, registerFirstAdmin, type ServerProcess, startServerProcess } from '../helpers/serverProcess'

/**
 * The response cache of two production servers sharing one database and one Redis: a change
 * made through one is visible through the other within a second (Redis pub/sub purges its cache).
 */
const running: ServerProcess[] = []
afterAll(async () => {
  await Promise.all(running.map((server) => server.stop('SIGKILL')))
})

const withRedis = (await redisIsUp()) ? test : test.skip
withRedis('a change through one instance is visible through the other within 1 s', async () => {
  const dataDir = mkdtempSync(path.join(process.env.ALT_TEST_ROOT ?? tmpdir(), 'cache-instances-'))
  const env = { REDIS_URL: testRedisUrl }
  // One after the other: the first seeds the empty database.
  const first = await startServerProcess({ dataDir, port: await freePort(), env })
  running.push(first)
  const second = await startServerProcess({ dataDir, port: await freePort(), env })
  running.push(second)

  const token = await registerFirstAdmin(first.url)
  const quotes = `${second.url}/api/quotes?where[slug][equals]=${seedSlugs.quote}&depth=0`
  const read = async () => {
    const res = await fetch(quotes)
    return { cache: res.headers.get('x-cache'), doc: ((await res.json()) as { docs: { id: number; context: string | null }[] }).docs[0] }
  }
  await read()
  const cached = await read()
  expect(cached.cache).toBe('HIT')

  const context = `Changed through the first instance (${randomBytes(4).toString('hex')}).`
  const change = await fetch(`${first.url}/api/quotes/${cached.doc.id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ context }),
  })
  expect(change.status).toBe(200)
  const changedAt = Date.now()
  let seen = await read()
  while (seen.doc.context !== context && Date.now() - changedAt < 5000) {
    await new Promise((resolve) => setTimeout(resolve, 20))
    seen = await read()
  }
  expect(seen.doc.context).toBe(context)
  expect(Date.now() - changedAt).toBeLessThan(1000)
})

test('with Redis not answering, a content change still answers at once and the instance says it is degraded', async () => {
  // Accepts connections and never answers: a hung Redis, worse for a client than a refused port.
  const silent = createServer(() => undefined).listen(0, '127.0.0.1')
  await once(silent, 'listening')
  try {
    const dataDir = mkdtempSync(path.join(process.env.ALT_TEST_ROOT ?? tmpdir(), 'cache-no-redis-'))
    const server = await startServerProcess({ dataDir, port: await freePort(), env: { REDIS_URL: `redis://127.0.0.1:${(silent.address() as AddressInfo).port}` } })
    running.push(server)
    const readiness = await (await fetch(`${server.url}/readyz`)).json()
    expect(readiness).toMatchObject({ status: 'degraded', components: { database: 'up', redis: 'degraded' } })

    const token = await registerFirstAdmin(server.url)
    const quotes = `${server.url}/api/quotes?where[slug][equals]=${seedSlugs.quote}&depth=0`
    const { docs } = (await (await fetch(quotes)).json()) as { docs: { id: number }[] }
    const context = `Changed while Redis hangs (${randomBytes(4).toString('hex')}).`
    const started = Date.now()
    const change = await fetch(`${server.url}/api/quotes/${docs[0].id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ context }),
    })
    expect(change.status).toBe(200)
    expect(Date.now() - started).toBeLessThan(1500)
    const read = (await (await fetch(quotes)).json()) as { docs: { context: string }[] }
    expect(read.docs[0].context).toBe(context)
  } finally {
    silent.close()
  }
})
