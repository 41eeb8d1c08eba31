import type { Field, FieldAccess, FieldHook } from 'payload'

import { isVerifiedUser } from '../access/roles'
import { collectionSlugs } from '../slugs'

const staffOnly: FieldAccess = ({ req }) => isVerifiedUser(req.user)
const nobody: FieldAccess = () => false

const onCreate: FieldHook = ({ operation, req, value }) => (operation === 'create' ? (req.user?.id ?? null) : value)
const onEverySave: FieldHook = ({ req, value }) => (req.user ? req.user.id : value)

/**
 * Who made the document and who made each version (drafts and autosaves included; versions keep
 * it), stamped by the server from the signed-in person; nobody writes them. Server work (the
 * seed, jobs) leaves the creator empty and the last editor as it was.
 */
export const authorshipFields = (): Field[] => [
  {
    name: 'createdBy',
    type: 'relationship',
    relationTo: collectionSlugs.users,
    index: true,
    access: { read: staffOnly, create: nobody, update: nobody },
    hooks: { beforeChange: [onCreate] },
    admin: { position: 'sidebar', readOnly: true, description: 'Who created it.' },
  },
  {
    name: 'updatedBy',
    type: 'relationship',
    relationTo: collectionSlugs.users,
    access: { read: staffOnly, create: nobody, update: nobody },
    hooks: { beforeChange: [onEverySave] },
    admin: { position: 'sidebar', readOnly: true, description: 'Who made this version.' },
  },
]
