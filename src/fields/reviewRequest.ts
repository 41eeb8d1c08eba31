import type { Field, FieldAccess, FieldHook } from 'payload'

import { isVerifiedUser } from '../access/roles'
import { client } from '../packageEntries'
import { collectionSlugs } from '../slugs'
import { selectOptions } from './selectOptions'

export const reviewRequestStatuses = ['in-review', 'sent-back'] as const

const staffOnly: FieldAccess = ({ req }) => isVerifiedUser(req.user)
const nobody: FieldAccess = () => false

/** Publishing settles the request: what is live was reviewed, so nothing waits any more. */
const clearOnPublish: FieldHook = ({ siblingData, value }) => (siblingData._status === 'published' ? {} : value)

/**
 * Where a piece of medical content stands between its editor and a clinical reviewer (articles,
 * services, clinic-info): `in-review` after an editor submits it (by whom, when, and the publish
 * date they ask for), `sent-back` with the reviewer's comment, and nothing once it is published.
 * Staff read it; only the submit-for-review and send-back endpoints write it
 * (src/endpoints/reviewRequest.ts). The sidebar panel shows it and offers those two actions.
 */
export const reviewRequestField = (): Field => ({
  name: 'reviewRequest',
  type: 'group',
  label: 'Review',
  access: { read: staffOnly, create: nobody, update: nobody },
  hooks: { beforeChange: [clearOnPublish] },
  admin: { position: 'sidebar', description: 'Where it stands between its editor and a clinical reviewer.', components: { Field: `${client}#ReviewRequestPanel` } },
  fields: [
    { name: 'status', type: 'select', options: selectOptions(reviewRequestStatuses), admin: { description: 'In review, or sent back to the editor.' } },
    { name: 'requestedBy', type: 'relationship', relationTo: collectionSlugs.users, index: true, admin: { description: 'Who submitted it for review.' } },
    // Names as they were at the time, so every role can read who it was (staff accounts are
    // not readable to each other).
    { name: 'requestedByName', type: 'text', admin: { description: 'Their name (or email) when they submitted it.' } },
    { name: 'requestedAt', type: 'date', admin: { description: 'When it was submitted for review.' } },
    { name: 'publishAt', type: 'date', label: 'Publish on (requested)', admin: { description: 'The publish date the editor asked for, if any.' } },
    { name: 'comment', type: 'textarea', maxLength: 2000, admin: { description: 'Why the reviewer sent it back.' } },
    { name: 'commentByName', type: 'text', admin: { description: 'The reviewer who sent it back.' } },
    { name: 'commentAt', type: 'date', admin: { description: 'When it was sent back.' } },
  ],
})
