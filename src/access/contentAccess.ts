import type { CollectionConfig } from 'payload'

import { publishedOrStaff } from './publishedOrStaff'
import { anyone, contentEditors } from './roles'

/** Content with drafts (articles, services, provider discounts): the public reads what is published. */
export const draftableContentAccess: CollectionConfig['access'] = {
  read: publishedOrStaff,
  create: contentEditors,
  update: contentEditors,
  delete: contentEditors,
}

/** Content without drafts (quotes, media): public as soon as it is saved. */
export const publicContentAccess: CollectionConfig['access'] = {
  read: anyone,
  create: contentEditors,
  update: contentEditors,
  delete: contentEditors,
}
