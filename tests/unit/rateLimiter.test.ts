import { jest } from '@jest/globals'
import { randomBytes } from 'node:crypto'

import { memoryStore } from '../../src/rateLimit/memoryStore'
import { perMinuteAndDay, rateLimiter } from '../../src/rateLimit/rateLimiter'
import { redisStore } from '../../src/rateLimit/redisStore'
import { redisIsUp, testRedisUrl } from '../helpers/redis'

const limits = { name: 'test', windows: perMinuteAndDay(5, 8) }

// CI has Redis (see .ci/run); on a machine without it, these say so rather than pass silently.
const redisUp = await redisIsUp()
const withRedis = redisUp ? describe : (name: string, fn: () => void) => describe.skip(`${name} [skipped: no Redis at ${testRedisUrl}]`, fn)

const client = () => `198.51.100.${randomBytes(2).readUInt16BE() % 250}-${randomBytes(4).toString('hex')}`

const hits = async (limiter: ReturnType<typeof rateLimiter>, who: string, n: number) => {
  const verdicts = []
  for (let i = 0; i < n; i++) verdicts.push(await limiter.check(who))
  return verdicts
}

describe('in memory (the default)', () => {
  test('the 6th hit in a minute is refused with the seconds until the window ends', async () => {
    const limiter = rateLimiter(limits, memoryStore())
    const verdicts = await hits(limiter, 'a', 6)
    expect(verdicts.slice(0, 5).every((verdict) => verdict.allowed)).toBe(true)
    expect(verdicts[5]).toEqual({ allowed: false, limit: '5 per minute', retryAfterSeconds: expect.any(Number) })
    const { retryAfterSeconds } = verdicts[5] as { retryAfterSeconds: number }
    expect(retryAfterSeconds).toBeGreaterThan(0)
    expect(retryAfterSeconds).toBeLessThanOrEqual(60)
  })

  test('each client has its own count', async () => {
    const limiter = rateLimiter(limits, memoryStore())
    await hits(limiter, 'a', 6)
    expect((await limiter.check('b')).allowed).toBe(true)
  })

  test('the daily limit outlasts the minute: Retry-After then counts to the end of the day window', async () => {
    jest.useFakeTimers({ now: Date.now(), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] })
    try {
      const limiter = rateLimiter(limits, memoryStore())
      await hits(limiter, 'a', 5)
      jest.advanceTimersByTime(61_000)
      const verdicts = await hits(limiter, 'a', 4)
      expect(verdicts.map((verdict) => verdict.allowed)).toEqual([true, true, true, false])
      expect(verdicts[3]).toMatchObject({ limit: '8 per day' })
      expect((verdicts[3] as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(23 * 3600)
    } finally {
      jest.useRealTimers()
    }
  })

  test('a failing store: the hit is counted in memory instead, and the error reported', async () => {
    const broken = { hit: async () => Promise.reject(new Error('store down')), unhit: async () => Promise.reject(new Error('store down')), close: async () => undefined }
    const limiter = rateLimiter(limits, broken)
    const verdicts = await hits(limiter, 'a', 6)
    expect(verdicts[0]).toEqual({ allowed: true, storeError: new Error('store down') })
    expect(verdicts[5]).toMatchObject({ allowed: false, limit: '5 per minute', storeError: new Error('store down') })
  })

  test('a refunded hit does not count: only failures use up the limit', async () => {
    const limiter = rateLimiter(limits, memoryStore())
    for (let i = 0; i < 10; i++) {
      expect((await limiter.check('a')).allowed).toBe(true)
      await limiter.refund('a')
    }
    expect((await hits(limiter, 'a', 5)).every((verdict) => verdict.allowed)).toBe(true)
    expect((await limiter.check('a')).allowed).toBe(false)
  })

  test('windows of any length, named for people; limiters sharing a store keep their own counts', async () => {
    const store = memoryStore()
    const signIns = rateLimiter({ name: 'sign-ins', windows: [{ max: 2, ms: 15 * 60_000 }] }, store)
    const codes = rateLimiter({ name: 'codes', windows: [{ max: 2, ms: 15 * 60_000 }] }, store)
    await hits(signIns, 'a', 2)
    expect((await codes.check('a')).allowed).toBe(true)
    expect(await signIns.check('a')).toMatchObject({ allowed: false, limit: '2 per 15 minutes' })
  })
})

withRedis('in Redis (REDIS_URL)', () => {
  const open: ReturnType<typeof rateLimiter>[] = []
  const instance = () => {
    const limiter = rateLimiter({ ...limits, redisUrl: testRedisUrl })
    open.push(limiter)
    return limiter
  }
  afterAll(async () => {
    await Promise.all(open.map((limiter) => limiter.close()))
  })

  test('the 6th hit in a minute is refused', async () => {
    const who = client()
    const verdicts = await hits(instance(), who, 6)
    expect(verdicts.map((verdict) => verdict.allowed)).toEqual([true, true, true, true, true, false])
    expect((verdicts[5] as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(60)
  })

  test('two app instances share one limit: 3 hits on each, the 6th is refused', async () => {
    const [a, b] = [instance(), instance()]
    const who = client()
    const verdicts = [...(await hits(a, who, 3)), ...(await hits(b, who, 3))]
    expect(verdicts.map((verdict) => verdict.allowed)).toEqual([true, true, true, true, true, false])
  })

  test('concurrent hits from many instances are all counted (atomic)', async () => {
    const instances = Array.from({ length: 5 }, instance)
    const who = client()
    const verdicts = await Promise.all(Array.from({ length: 20 }, (_, i) => instances[i % 5].check(who)))
    expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(5)
  })

  test('a refund takes one hit back from the shared count', async () => {
    const [a, b] = [instance(), instance()]
    const who = client()
    await hits(a, who, 5)
    await b.refund(who)
    expect((await a.check(who)).allowed).toBe(true)
    expect((await b.check(who)).allowed).toBe(false)
  })

  test('an unreachable Redis lets submissions through, with the error for the log', async () => {
    const limiter = rateLimiter(limits, redisStore('redis://127.0.0.1:1'))
    const verdict = await limiter.check(client())
    await limiter.close()
    expect(verdict).toMatchObject({ allowed: true, storeError: expect.any(Error) })
  })
})
