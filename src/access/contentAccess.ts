import type { CollectionConfig } from 'payload'

import type { ContentPolicy } from './policy'

import { publishedOrStaff } from './publishedOrStaff'
import { anyone, hasRole, staff } from './roles'
import { writeOrPublish } from './writeOrPublish'

/**
 * Content with drafts (articles, services, provider discounts): the public reads what is
 * published; versions (drafts among them) only staff past their second factor, like drafts.
 */
export const draftableContentAccess = (policy: ContentPolicy): CollectionConfig['access'] => ({
  read: publishedOrStaff,
  readVersions: staff,
  create: writeOrPublish(policy),
  update: writeOrPublish(policy),
  delete: hasRole(...policy.publish),
})

/** Content without drafts (quotes, media): public as soon as it is saved, so writing is publishing. */
export const publicContentAccess = (policy: ContentPolicy): CollectionConfig['access'] => ({
  read: anyone,
  create: hasRole(...policy.publish),
  update: hasRole(...policy.publish),
  delete: hasRole(...policy.publish),
})
