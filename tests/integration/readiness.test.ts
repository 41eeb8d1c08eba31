import type { Payload } from 'payload'

import { readiness } from '../../src/server/readiness'
import { startPayload } from '../helpers/api'
import { redisIsUp, testRedisUrl } from '../helpers/redis'
import { freePort } from '../helpers/serverProcess'

// /readyz's answer (src/server/startServer.ts sends it, 503 only when `unavailable`).
let payload: Payload
const probes: ReturnType<typeof readiness>[] = []
const probe = (...args: Parameters<typeof readiness>) => {
  const made = readiness(...args)
  probes.push(made)
  return made
}
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  for (const each of probes) each.close()
  await payload.destroy()
})

test('with only a database configured, only the database is reported', async () => {
  expect(await probe(payload, {}).check()).toEqual({ status: 'ready', components: { database: 'up' } })
})

const withRedis = (await redisIsUp()) ? test : test.skip

withRedis('every configured component is reported: the database and Redis, both up', async () => {
  expect(await probe(payload, { REDIS_URL: testRedisUrl }).check()).toEqual({ status: 'ready', components: { database: 'up', redis: 'up' } })
})

test('Redis down degrades the instance but leaves it ready for traffic: patients can still write', async () => {
  const nobody = `redis://127.0.0.1:${await freePort()}`
  const result = await probe(payload, { REDIS_URL: nobody }).check(500)
  expect(result).toEqual({ status: 'degraded', components: { database: 'up', redis: 'degraded' } })
})
