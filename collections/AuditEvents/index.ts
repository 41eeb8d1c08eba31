import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { Forbidden } from 'payload'

import { admins } from '../../src/access/roles'
import { selectOptions } from '../../src/fields/selectOptions'
import { collectionSlugs } from '../../src/slugs'

const nobody = () => false

/** Even server code with overrideAccess cannot change history: access alone would let it. */
const appendOnly: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update' || operation === 'delete') throw new Forbidden(req.t)
  return args
}

/**
 * Who read, exported, changed or deleted a contact submission, and when (`createdAt`).
 * Append-only: written by the submissions' hooks, readable by admins, never edited or deleted.
 */
export const AuditEvents: CollectionConfig = {
  slug: collectionSlugs.auditEvents,
  labels: { singular: 'Audit event', plural: 'Audit events' },
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'actor', 'action', 'collectionSlug', 'documentIds', 'api'],
    description: 'Who read, exported, changed or deleted contact submissions. Append-only.',
    group: 'Intake',
  },
  access: { read: admins, create: nobody, update: nobody, delete: nobody },
  disableDuplicate: true,
  defaultSort: '-createdAt',
  hooks: { beforeOperation: [appendOnly] },
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: selectOptions(['read', 'list', 'export', 'update', 'delete']),
    },
    { name: 'collectionSlug', type: 'text', required: true, label: 'Collection' },
    { name: 'documentIds', type: 'text', hasMany: true, index: true },
    { name: 'changedFields', type: 'text', hasMany: true },
    { name: 'actor', type: 'text', required: true, index: true, admin: { description: 'Email of the user, or system.' } },
    { name: 'actorId', type: 'text' },
    { name: 'api', type: 'text', admin: { description: 'REST, GraphQL or local (server code).' } },
  ],
}
