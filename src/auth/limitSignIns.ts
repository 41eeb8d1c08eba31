import type { CollectionAfterOperationHook, CollectionBeforeOperationHook } from 'payload'

import type { SignInLimiters } from './signInLimits'

import { clientAddress } from '../rateLimit/clientAddress'
import { enforceRateLimit } from '../rateLimit/enforceRateLimit'
import { waitInWords } from './signInLimits'

/**
 * beforeOperation (the auth collection): sign-ins and password-reset requests per client address
 * (src/auth/signInLimits.ts), in the operations themselves, so REST, GraphQL and the admin all
 * count alike. Each sign-in is counted before it is tried, so parallel guesses cannot slip past
 * the limit; {@link forgiveSuccessfulSignIn} takes a successful one back.
 */
export const limitSignIns =
  (limiters: SignInLimiters): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'login' && operation !== 'forgotPassword') return args
    const address = clientAddress(req)
    if (!address) return args
    if (operation === 'login') {
      await enforceRateLimit(req, limiters.failedSignInsPerAddress, address, ({ retryAfterSeconds }) =>
        `Too many failed sign-ins from your address. Try again in ${waitInWords(retryAfterSeconds)}.`,
      )
    } else {
      await enforceRateLimit(req, limiters.passwordResetsPerAddress, address, ({ retryAfterSeconds }) =>
        `Too many password-reset requests from your address. Try again in ${waitInWords(retryAfterSeconds)}.`,
      )
    }
    return args
  }

/** afterOperation: a sign-in that succeeded does not count toward the limit on failed ones. */
export const forgiveSuccessfulSignIn =
  (limiters: SignInLimiters): CollectionAfterOperationHook =>
  async ({ operation, req, result }) => {
    const address = clientAddress(req)
    if (operation === 'login' && address) await limiters.failedSignInsPerAddress.refund(address)
    return result
  }
