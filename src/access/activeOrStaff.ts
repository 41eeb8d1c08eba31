import type { Access, Where } from 'payload'

import { isVerifiedUser } from './roles'

/**
 * Provider-discount terms: signed-in staff read all of them (drafts, past and future ones);
 * everyone else reads published terms whose active window includes now. An empty `activeFrom`
 * means "since always", an empty `activeUntil` "until further notice".
 */
export const activeOrStaff: Access = ({ req }) => {
  if (isVerifiedUser(req.user)) return true
  const now = new Date().toISOString()
  const active: Where = {
    and: [
      { _status: { equals: 'published' } },
      { or: [{ activeFrom: { exists: false } }, { activeFrom: { less_than_equal: now } }] },
      { or: [{ activeUntil: { exists: false } }, { activeUntil: { greater_than: now } }] },
    ],
  }
  return active
}
