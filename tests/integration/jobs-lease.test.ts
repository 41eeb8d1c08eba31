import { Redis } from 'ioredis'
import { randomBytes } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'

import { type Lease, redisLease } from '../../src/jobs/lease'
import { redisIsUp, testRedisUrl } from '../helpers/redis'

// Real Redis, a key of this run's own, and a short TTL so expiry takes a fraction of a second.
const ttlMs = 600
const key = () => `alt-test:jobs-lease:${randomBytes(4).toString('hex')}`
const leases: Lease[] = []
const lease = async (name: string, events: string[], leaseKey: string) => {
  const taken = await redisLease({ url: testRedisUrl, key: leaseKey, ttlMs, onAcquired: () => events.push(`${name} took`), onLost: () => events.push(`${name} lost`) })
  leases.push(taken)
  return taken
}
afterEach(async () => {
  await Promise.all(leases.splice(0).map((each) => each.close()))
})

// CI starts Redis when it is down (.ci/run); elsewhere these are skipped without it.
const withRedis = (await redisIsUp()) ? test : test.skip

withRedis('two processes contending: one holds the lease, through several renewals', async () => {
  const events: string[] = []
  const leaseKey = key()
  const a = await lease('a', events, leaseKey)
  const b = await lease('b', events, leaseKey)
  for (let i = 0; i < 6; i++) {
    expect([a.held(), b.held()]).toEqual([true, false])
    await sleep(ttlMs / 2)
  }
  expect(events).toEqual(['a took'])
})

withRedis('a holder that lets go at shutdown is replaced at the next try', async () => {
  const events: string[] = []
  const leaseKey = key()
  const a = await lease('a', events, leaseKey)
  const b = await lease('b', events, leaseKey)
  await a.close()
  await sleep(ttlMs / 3 + 100)
  expect([a.held(), b.held()]).toEqual([false, true])
  expect(events).toEqual(['a took', 'b took'])
})

withRedis('a holder that dies (stops renewing) is replaced once the lease expires, not before', async () => {
  const events: string[] = []
  const leaseKey = key()
  // The dead holder's last act: it took (or renewed) the lease, then stopped.
  const redis = new Redis(testRedisUrl)
  await redis.set(leaseKey, 'a dead worker', 'PX', ttlMs)
  await redis.quit()
  const b = await lease('b', events, leaseKey)
  expect(b.held()).toBe(false)
  await sleep(ttlMs - 150)
  expect(b.held()).toBe(false)
  // b tries every third of the TTL, so it takes the lease about ttlMs + ttlMs / 3 in; on a loaded
  // machine its timer can run late, so wait for it (up to ten TTLs) rather than for a fixed time.
  const deadline = Date.now() + 10 * ttlMs
  while (!b.held() && Date.now() < deadline) await sleep(20)
  expect(b.held()).toBe(true)
  expect(events[0]).toBe('b took')
})
