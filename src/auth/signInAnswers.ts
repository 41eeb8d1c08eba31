import type { AfterErrorHook, CollectionBeforeOperationHook } from 'payload'

import { AuthenticationError, LockedAuth } from 'payload'

import type { User } from '../payload-types'

import { signInFailures } from '../metrics/metrics'
import { collectionSlugs } from '../slugs'
import { isLocked } from './isLocked'
import { hashAsIfChecking } from './passwordHash'

/*
 * Sign-in must not tell whether an email belongs to a staff account. Payload answers an unknown
 * email at once and a wrong password only after hashing it (80–110 ms), and says "locked", at
 * once, only of accounts that exist. Here every failure takes the hashing time and gets one answer.
 */

/** Before Payload's login: when there is no password to check (no such account, or it is locked), the same hashing anyway. */
export const hashEvenWithoutAccount: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args
  const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
  // Payload refuses these with a 400 before it looks for an account.
  if (typeof email !== 'string' || !email.trim() || typeof password !== 'string' || !password.trim()) return args
  const account = await req.payload.db.findOne<User>({
    collection: collection.slug,
    where: { email: { equals: email.toLowerCase().trim() } },
    req,
  })
  if (!account || isLocked(account)) await hashAsIfChecking(password)
  return args
}

/** One answer (REST and GraphQL) for every failed sign-in: unknown email, wrong password or locked account. */
export const oneAnswerForFailedSignIns: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const original = (error as { originalError?: unknown }).originalError ?? error
  if (!(original instanceof AuthenticationError || original instanceof LockedAuth)) return
  signInFailures.inc()
  const { lockTime, maxLoginAttempts } = req.payload.collections[collectionSlugs.users].config.auth
  const message = `The email or password is incorrect, or the account is locked for ${Math.round(lockTime / 60_000)} minutes after ${maxLoginAttempts} failed sign-ins.`
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, name: 'AuthenticationError' } } }
  // `data.errors` with a path is how Payload's forms place an error at a field: the admin's sign-in
  // form shows this under the password, where the person is looking, not only in a toast.
  return { response: { errors: [{ message, data: { errors: [{ path: 'password', message }] } }] }, status: 401 }
}
