import type { RateLimitStore } from './types'

import { failFastRedis } from '../redis'

// INCR and the expiry of a new window in one atomic step, so concurrent hits from several app
// instances never leave a counter without an expiry.
const hitScript = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { count, redis.call('PTTL', KEYS[1]) }
`

/** Counts in Redis, shared by every app instance that uses the same server. */
export const redisStore = (url: string, prefix = 'alt:intake-rate:'): RateLimitStore => {
  // While Redis is down, a hit fails at once and the limiter lets the submission through.
  const { client, close } = failFastRedis(url)
  let firstConnect: Promise<void> | undefined
  return {
    hit: async (key, windowMs) => {
      if (client.status === 'wait') firstConnect ??= client.connect()
      await firstConnect
      const [count, ttl] = (await client.eval(hitScript, 1, prefix + key, windowMs)) as [number, number]
      return { count, resetInMs: ttl > 0 ? ttl : windowMs }
    },
    close: async () => close(),
  }
}
