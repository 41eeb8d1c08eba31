import type { Field, FieldAccess, FieldHook } from 'payload'

import { isVerifiedUser } from '../access/roles'
import { rsc } from '../packageEntries'
import { collectionSlugs } from '../slugs'

const staffOnly: FieldAccess = ({ req }) => isVerifiedUser(req.user)
const nobody: FieldAccess = () => false

const onCreate: FieldHook = ({ operation, req, value }) => (operation === 'create' ? (req.user?.id ?? null) : value)
const onEverySave: FieldHook = ({ req, value }) => (req.user ? req.user.id : value)

/** Who made this version (globals have no creator): stamped by the server, written by nobody. */
export const updatedByField = (): Field => ({
  name: 'updatedBy',
  type: 'relationship',
  relationTo: collectionSlugs.users,
  access: { read: staffOnly, create: nobody, update: nobody },
  hooks: { beforeChange: [onEverySave] },
  label: 'Updated by',
  admin: { position: 'sidebar', readOnly: true, description: 'Who made this version.', components: { Field: `${rsc}#PersonName` } },
})

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
    label: 'Created by',
    admin: { position: 'sidebar', readOnly: true, description: 'Who created it.', components: { Field: `${rsc}#PersonName` } },
  },
  updatedByField(),
]
