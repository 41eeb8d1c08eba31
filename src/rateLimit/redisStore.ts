import type { RateLimitStore } from './types'

import { failFastRedis } from '../redis'

// INCR and the expiry of a new window in one atomic step, so concurrent hits from several app
// instances never leave a counter without an expiry.
const hitScript = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { count, redis.call('PTTL', KEYS[1]) }
`

// A hit taken back only from a window that still exists (DECR would create a key with no expiry).
const unhitScript = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count > 0 then redis.call('DECR', KEYS[1]) end
`

/** Counts in Redis, shared by every app instance that uses the same server. */
export const redisStore = (url: string, prefix = 'alt:rate:'): RateLimitStore => {
  // While Redis is down, or answers nothing for a second, a command fails and the limiter counts
  // in memory meanwhile: a sign-in (its transaction included) never waits on Redis for longer.
  const { client, close } = failFastRedis(url, { commandTimeout: 1000 })
  let firstConnect: Promise<void> | undefined
  const connected = async () => {
    if (client.status === 'wait') firstConnect ??= client.connect()
    await firstConnect
  }
  return {
    hit: async (key, windowMs) => {
      await connected()
      const [count, ttl] = (await client.eval(hitScript, 1, prefix + key, windowMs)) as [number, number]
      return { count, resetInMs: ttl > 0 ? ttl : windowMs }
    },
    unhit: async (key) => {
      await connected()
      await client.eval(unhitScript, 1, prefix + key)
    },
    close: async () => close(),
  }
}
