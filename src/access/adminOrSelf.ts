import type { Access } from 'payload'

import { userHasRole } from './roles'

/** Admins reach every account; other staff only their own; anonymous callers none. */
export const adminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  return userHasRole(req.user, 'admin') || { id: { equals: req.user.id } }
}
