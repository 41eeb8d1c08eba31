import type { AuthStrategy, PayloadRequest } from 'payload'

import { JWTAuthentication } from 'payload'

import { twoFactorRequiredRoles } from './requiredRoles'

/** What the second factor needs to know about a signed-in account. */
export type TwoFactorAccount = {
  roles?: unknown
  twoFactorEnabled?: boolean | null
  twoFactorSessions?: unknown
  sessions?: { id: string }[] | null
}

/** A person must use a second factor when one of their roles requires it or they enrolled anyway. */
export const mustUseTwoFactor = (account: TwoFactorAccount): boolean => {
  if (account.twoFactorEnabled) return true
  const required = twoFactorRequiredRoles()
  return Array.isArray(account.roles) && account.roles.some((role) => required.includes(role))
}

/** True while the caller signed in with a password but has not yet given their second factor. */
export const twoFactorPending = (user: PayloadRequest['user'] | null | undefined): boolean =>
  Boolean((user as { twoFactorPending?: boolean } | null | undefined)?.twoFactorPending)

/** The verified-session list after adding this session; sessions that ended (logout, expiry) drop out. */
export const withVerifiedSession = (account: TwoFactorAccount, sid: string): string[] => {
  const live = new Set((account.sessions ?? []).map(({ id }) => id))
  const verified = Array.isArray(account.twoFactorSessions) ? (account.twoFactorSessions as string[]) : []
  return [...verified.filter((id) => live.has(id) && id !== sid), sid]
}

/**
 * Payload's own JWT check (header `Authorization: JWT …` or the cookie, session `sid` included),
 * then one more fact on the user: `twoFactorPending`. Every login gets a new session, so a
 * second factor is verified per session (`twoFactorSessions` holds the verified `sid`s) and
 * ends with it. Access rules read the flag (src/access/roles.ts), so REST, GraphQL, the admin
 * and the Express routes all see the same answer. Custom strategies run before Payload's own,
 * so this one answers for every valid token.
 */
export const twoFactorJwtStrategy: AuthStrategy = {
  name: 'local-jwt-two-factor',
  authenticate: async (args) => {
    const result = await JWTAuthentication(args)
    const user = result.user as (NonNullable<typeof result.user> & TwoFactorAccount & { _sid?: string; twoFactorPending?: boolean }) | null
    if (!user) return result
    const verified = Array.isArray(user.twoFactorSessions) && Boolean(user._sid) && user.twoFactorSessions.includes(user._sid)
    delete user.twoFactorSessions
    user.twoFactorPending = mustUseTwoFactor(user) && !verified
    return result
  },
}
