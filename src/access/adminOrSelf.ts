import type { Access } from 'payload'

import { isVerifiedUser, userHasRole } from './roles'

/** Admins reach every account; other staff only their own; anonymous callers (and sessions awaiting their second factor) none. */
export const adminOrSelf: Access = ({ req }) => {
  if (!req.user || !isVerifiedUser(req.user)) return false
  return userHasRole(req.user, 'admin') || { id: { equals: req.user.id } }
}
