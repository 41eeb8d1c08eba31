import type { RateLimitStore } from './types'

import { rateLimited } from '../metrics/metrics'
import { memoryStore } from './memoryStore'
import { redisStore } from './redisStore'

export type RateLimitVerdict =
  | { allowed: true; storeError?: unknown }
  | { allowed: false; retryAfterSeconds: number; limit: string; storeError?: unknown }

/** At most `max` hits per client in a fixed window of `ms` milliseconds. */
export type RateWindow = { max: number; ms: number }

export type RateLimiter = {
  /** Counts one hit for `client` and says whether every window still allows it. */
  check: (client: string) => Promise<RateLimitVerdict>
  /** Takes back a hit that `check` counted, for attempts that turn out not to count (a successful sign-in). */
  refund: (client: string) => Promise<void>
  close: () => Promise<void>
}

const minute = 60_000
const hour = 60 * minute
const day = 24 * hour

/** `5 per minute`, `20 per 15 minutes`, `50 per day`. */
const describe = ({ max, ms }: RateWindow) => {
  const [unit, size] = ms % day === 0 ? ['day', day] : ms % hour === 0 ? ['hour', hour] : ms % minute === 0 ? ['minute', minute] : ['second', 1000]
  const count = ms / size
  return `${max} per ${count === 1 ? unit : `${count} ${unit}s`}`
}

/** The intake's windows: so many hits per client per minute and per day. */
export const perMinuteAndDay = (perMinute: number, perDay: number): RateWindow[] => [
  { max: perMinute, ms: minute },
  { max: perDay, ms: day },
]

/**
 * Limits hits per client in each of `windows`, counted under `name` (limiters sharing a store
 * keep their own counts). Counts live in memory, or in Redis at `redisUrl` for every instance.
 * When the store fails (Redis unreachable), this instance counts in its own memory meanwhile, as
 * it would without Redis, and the verdict carries the error for logging.
 */
export const rateLimiter = (
  { name, windows, redisUrl }: { name: string; windows: RateWindow[]; redisUrl?: string },
  store: RateLimitStore = redisUrl ? redisStore(redisUrl) : memoryStore(),
): RateLimiter => {
  const fallback = memoryStore()
  const keyOf = (window: RateWindow, client: string) => `${name}:${window.ms}:${client}`
  const count = async (counter: RateLimitStore, client: string) => {
    const hits = await Promise.all(windows.map((window) => counter.hit(keyOf(window, client), window.ms)))
    const over = windows.map((window, index) => ({ window, ...hits[index] })).filter(({ window, count }) => count > window.max)
    if (over.length === 0) return { allowed: true } as const
    const longest = over.reduce((a, b) => (a.resetInMs >= b.resetInMs ? a : b))
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(longest.resetInMs / 1000)), limit: describe(longest.window) } as const
  }
  return {
    check: async (client) => {
      let verdict: RateLimitVerdict
      try {
        verdict = await count(store, client)
      } catch (storeError) {
        verdict = { ...(await count(fallback, client)), storeError }
      }
      if (!verdict.allowed) rateLimited.inc({ limiter: name })
      return verdict
    },
    refund: async (client) => {
      await Promise.all(windows.map((window) => store.unhit(keyOf(window, client)).catch(() => fallback.unhit(keyOf(window, client)))))
    },
    close: async () => {
      await Promise.all([store.close(), fallback.close()])
    },
  }
}
