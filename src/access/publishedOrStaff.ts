import type { Access } from 'payload'

import { isVerifiedUser } from './roles'

/** Signed-in staff read drafts; everyone else reads published documents only. */
export const publishedOrStaff: Access = ({ req }) =>
  isVerifiedUser(req.user) ? true : { _status: { equals: 'published' } }
