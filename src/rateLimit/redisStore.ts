import { Redis } from 'ioredis'

import type { RateLimitStore } from './types'

// INCR and the expiry of a new window in one atomic step, so concurrent hits from several app
// instances never leave a counter without an expiry.
const hitScript = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { count, redis.call('PTTL', KEYS[1]) }
`

/** Counts in Redis, shared by every app instance that uses the same server. */
export const redisStore = (url: string, prefix = 'alt:intake-rate:'): RateLimitStore => {
  // No offline queue and one attempt per command: when Redis is down, a hit fails at once
  // (and the limiter lets the submission through) instead of waiting for a reconnect.
  const client = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 })
  let connecting: Promise<void> | undefined
  const connected = () => {
    if (client.status === 'ready') return Promise.resolve()
    connecting ??= client.connect().finally(() => (connecting = undefined))
    return connecting
  }
  return {
    hit: async (key, windowMs) => {
      await connected()
      const [count, ttl] = (await client.eval(hitScript, 1, prefix + key, windowMs)) as [number, number]
      return { count, resetInMs: ttl > 0 ? ttl : windowMs }
    },
    close: async () => {
      if (client.status !== 'end') client.disconnect()
    },
  }
}
