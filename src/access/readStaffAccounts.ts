import type { Access } from 'payload'

import { userHasRole } from './roles'

/**
 * Admins read every account. Managers also read the other managers' accounts, so they can
 * assign contact submissions to each other; other staff read only their own.
 */
export const readStaffAccounts: Access = ({ req }) => {
  if (!req.user) return false
  if (userHasRole(req.user, 'admin')) return true
  const self = { id: { equals: req.user.id } }
  return userHasRole(req.user, 'manager') ? { or: [self, { roles: { in: ['manager'] } }] } : self
}
