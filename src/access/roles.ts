import type { Access, FieldAccess, PayloadRequest } from 'payload'

import type { Role } from '../slugs'

import { twoFactorPending } from '../auth/twoFactor/session'

type MaybeUser = PayloadRequest['user'] | null | undefined

/**
 * Signed in and, where required, past the second factor. A password-only session of someone who
 * must use two-factor sign-in is not yet staff: it may only enrol, verify and read its own account.
 */
export const isVerifiedUser = (user: MaybeUser): boolean => Boolean(user) && !twoFactorPending(user)

/** True when the signed-in (and verified) user holds at least one of the roles. */
export const userHasRole = (user: MaybeUser, ...allowed: Role[]): boolean => {
  if (!isVerifiedUser(user)) return false
  const held = (user as { roles?: unknown } | null | undefined)?.roles
  return Array.isArray(held) && held.some((role) => allowed.includes(role as Role))
}

/** Access (collections, globals, jobs): only callers holding one of the roles. */
export const hasRole =
  (...allowed: Role[]) =>
  ({ req }: { req: PayloadRequest }): boolean =>
    userHasRole(req.user, ...allowed)

/** Field access: only callers holding one of the roles. */
export const fieldHasRole =
  (...allowed: Role[]): FieldAccess =>
  ({ req }) =>
    userHasRole(req.user, ...allowed)

export const anyone: Access = () => true

/**
 * Access: any staff member past their second factor. A session still waiting for it gets what an
 * anonymous caller gets (and its own account): never drafts, versions, locks or the admin.
 */
export const staff = ({ req }: { req: PayloadRequest }): boolean => isVerifiedUser(req.user)

/** Accounts, roles, the audit log and the job queue. */
export const admins = hasRole('admin')

/** Who reads and works contact submissions (they hold patients' contact details). */
export const submissionReviewers = hasRole('admin', 'manager')
