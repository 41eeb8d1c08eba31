import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import type { RateLimiter } from '../../../src/rateLimit/rateLimiter'

import { writesAsReviewer } from '../../../src/access/writesAsReviewer'
import { clientAddress } from '../clientAddress'

/**
 * Public submissions per client address are limited (429 with Retry-After). The address comes
 * from X-Forwarded-For, which the host sets (src/server/clientAddress.ts); a call with no address
 * (server code through the Local API) is not limited.
 */
export const limitIntakeRate =
  (limiter: RateLimiter): CollectionBeforeOperationHook =>
  async ({ args, operation, overrideAccess, req }) => {
    if (operation !== 'create' || writesAsReviewer(overrideAccess, req)) return args
    const address = clientAddress(req)
    if (!address) return args
    const verdict = await limiter.check(address)
    if (verdict.allowed) {
      if (verdict.storeError) req.payload.logger.warn({ err: verdict.storeError }, 'Intake rate limit store failed; letting the submission through')
      return args
    }
    req.responseHeaders = new Headers(req.responseHeaders)
    req.responseHeaders.set('Retry-After', String(verdict.retryAfterSeconds))
    throw new APIError(
      `Too many messages from your address (limit: ${verdict.limit}). Please try again in ${verdict.retryAfterSeconds} seconds.`,
      429,
      { retryAfterSeconds: verdict.retryAfterSeconds },
      true,
    )
  }
