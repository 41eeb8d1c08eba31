import type { CollectionBeforeOperationHook } from 'payload'

import { isVerifiedUser } from '../access/roles'

/**
 * beforeOperation (collections with drafts): an anonymous `?draft=true` (REST) or `draft: true`
 * (GraphQL) read, or one by a session waiting for its second factor, is served as a normal read.
 * Access control already hides drafts from them, but a draft read looks at each document's latest
 * version, so a published article with a pending draft would vanish from their results instead of showing its published version. Frontends
 * preview drafts with a preview token instead (GET /api/preview-token/verify): that endpoint's
 * read, which carries the token, is the one anonymous draft read (src/preview/previewedRead.ts).
 */
export const publishedOnlyForAnonymous: CollectionBeforeOperationHook = ({ args, operation }) => {
  if ((operation === 'read' || operation === 'count') && !isVerifiedUser(args.req?.user) && !args.overrideAccess && !args.req?.context?.previewToken && 'draft' in args && args.draft) {
    return { ...args, draft: false }
  }
  return args
}
