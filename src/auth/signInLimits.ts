import type { RateLimiter, RateWindow } from '../rateLimit/rateLimiter'

import { memoryStore } from '../rateLimit/memoryStore'
import { rateLimiter } from '../rateLimit/rateLimiter'
import { redisStore } from '../rateLimit/redisStore'

const minute = 60_000
const day = 24 * 60 * minute

/**
 * How many tries an address or an account gets, beside Payload's own lock (5 wrong passwords
 * lock an account for 10 minutes, and an admin's unlock or the right password ends it). Windows
 * are fixed and start at the first try; only failures count (a success takes its try back),
 * except password-reset requests, which each may send an email.
 *
 * - Failed sign-ins per address, 20 per 15 minutes and 100 a day: Payload's lock stops guessing
 *   at one account, not one address trying a few passwords on each of many accounts. An office
 *   behind one address, a dozen staff, does not mistype 20 times in 15 minutes.
 * - Password-reset requests per address, 5 per 15 minutes and 20 a day: a person needs one or two.
 * - Wrong second-factor codes per account, 5 per 15 minutes and 20 a day. Three 6-digit codes are
 *   accepted at any moment (one 30 s step either side), so a guess wins with p = 3·10⁻⁶: 20 a day
 *   is about 2 % after a year of non-stop guessing, 5 per 15 minutes alone about 40 %. Counted
 *   per account, so neither a new password sign-in, nor an unlock, nor another account's success
 *   starts it again. Recovery codes count too.
 * - Wrong codes per address, 20 per 15 minutes and 100 a day: one address holding several
 *   accounts' passwords.
 */
export const signInWindows = {
  failedSignInsPerAddress: [{ max: 20, ms: 15 * minute }, { max: 100, ms: day }],
  passwordResetsPerAddress: [{ max: 5, ms: 15 * minute }, { max: 20, ms: day }],
  wrongCodesPerAccount: [{ max: 5, ms: 15 * minute }, { max: 20, ms: day }],
  wrongCodesPerAddress: [{ max: 20, ms: 15 * minute }, { max: 100, ms: day }],
} satisfies Record<string, RateWindow[]>

export type SignInLimiters = Record<keyof typeof signInWindows, RateLimiter>

/** One limiter per kind of try, all counting in one store: this process's memory, or Redis at `redisUrl` for every instance. */
export const signInLimiters = (redisUrl?: string): SignInLimiters => {
  const store = redisUrl ? redisStore(redisUrl) : memoryStore()
  return Object.fromEntries(
    Object.entries(signInWindows).map(([name, windows]) => [name, rateLimiter({ name, windows }, store)]),
  ) as SignInLimiters
}

/** `45 seconds`, `15 minutes`, `3 hours`: how long to wait, for a person. */
export const waitInWords = (seconds: number): string => {
  const [count, unit] = seconds < 120 ? [seconds, 'second'] : seconds < 2 * 3600 ? [Math.ceil(seconds / 60), 'minute'] : [Math.ceil(seconds / 3600), 'hour']
  return `${count} ${unit}${count === 1 ? '' : 's'}`
}
