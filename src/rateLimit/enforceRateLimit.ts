import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { RateLimiter, RateLimitVerdict } from './rateLimiter'

export type Refusal = Extract<RateLimitVerdict, { allowed: false }>

/**
 * Counts one attempt of `client`; past the limit, throws a 429 saying `message(refusal)`, with
 * Retry-After over REST and the status in the error's extensions over GraphQL. A failing store is
 * logged (counted in memory meanwhile); the client itself is never logged.
 */
export const enforceRateLimit = async (req: PayloadRequest, limiter: RateLimiter, client: string, message: (refusal: Refusal) => string) => {
  const verdict = await limiter.check(client)
  if (verdict.storeError) req.payload.logger.warn({ err: verdict.storeError }, "Rate limit store failed; counting in this instance's memory meanwhile")
  if (verdict.allowed) return
  req.responseHeaders = new Headers(req.responseHeaders)
  req.responseHeaders.set('Retry-After', String(verdict.retryAfterSeconds))
  throw new APIError(message(verdict), 429, { retryAfterSeconds: verdict.retryAfterSeconds }, true)
}
