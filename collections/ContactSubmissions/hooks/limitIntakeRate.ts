import type { CollectionBeforeOperationHook } from 'payload'

import type { RateLimiter } from '../../../src/rateLimit/rateLimiter'

import { writesAsReviewer } from '../../../src/access/writesAsReviewer'
import { intakeSubmissions } from '../../../src/metrics/metrics'
import { clientAddress } from '../../../src/rateLimit/clientAddress'
import { enforceRateLimit } from '../../../src/rateLimit/enforceRateLimit'

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
    await enforceRateLimit(req, limiter, address, ({ limit, retryAfterSeconds }) => {
      intakeSubmissions.inc({ outcome: 'rate_limited' })
      return `Too many messages from your address (limit: ${limit}). Please try again in ${retryAfterSeconds} seconds.`
    })
    return args
  }
