import type { RateLimitStore } from './types'

import { memoryStore } from './memoryStore'
import { redisStore } from './redisStore'

export type RateLimitVerdict =
  | { allowed: true; storeError?: unknown }
  | { allowed: false; retryAfterSeconds: number; limit: string }

export type RateLimiter = { check: (client: string) => Promise<RateLimitVerdict>; close: () => Promise<void> }

const minute = 60_000
const day = 24 * 60 * minute

/**
 * Limits hits per client per minute and per day. Every attempt counts, accepted or not. When
 * the store fails (Redis unreachable), the hit is allowed and the error returned for logging:
 * a patient's message matters more than a spam guard.
 */
export const rateLimiter = (
  { perMinute, perDay, redisUrl }: { perMinute: number; perDay: number; redisUrl?: string },
  store: RateLimitStore = redisUrl ? redisStore(redisUrl) : memoryStore(),
): RateLimiter => ({
  check: async (client) => {
    try {
      const windows = [
        { name: `${perMinute} per minute`, max: perMinute, ms: minute },
        { name: `${perDay} per day`, max: perDay, ms: day },
      ]
      const hits = await Promise.all(windows.map((window) => store.hit(`${window.ms}:${client}`, window.ms)))
      const over = windows
        .map((window, index) => ({ ...window, ...hits[index] }))
        .filter((window) => window.count > window.max)
      if (over.length === 0) return { allowed: true }
      const longest = over.reduce((a, b) => (a.resetInMs >= b.resetInMs ? a : b))
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(longest.resetInMs / 1000)), limit: longest.name }
    } catch (storeError) {
      return { allowed: true, storeError }
    }
  },
  close: () => store.close(),
})
