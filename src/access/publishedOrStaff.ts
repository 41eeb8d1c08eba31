import type { Access } from 'payload'

/** Signed-in staff read drafts; everyone else reads published documents only. */
export const publishedOrStaff: Access = ({ req }) =>
  req.user ? true : { _status: { equals: 'published' } }
