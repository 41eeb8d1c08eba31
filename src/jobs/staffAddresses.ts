import type { PayloadRequest } from 'payload'

import type { Role } from '../slugs'

import { collectionSlugs } from '../slugs'

/** The email addresses of the staff with `role`; the admins' when nobody has it. */
export const staffAddresses = async (req: PayloadRequest, role: Exclude<Role, 'admin'>) => {
  const withRole = async (wanted: Role) =>
    (
      await req.payload.find({
        collection: req.payload.config.admin.user as typeof collectionSlugs.users,
        where: { roles: { in: [wanted] } },
        select: { email: true },
        pagination: false,
        depth: 0,
        req,
      })
    ).docs
  const holders = await withRole(role)
  return (holders.length > 0 ? holders : await withRole('admin')).map((user) => user.email).filter(Boolean)
}
