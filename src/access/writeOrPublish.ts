import type { Access } from 'payload'

import type { ContentPolicy } from './policy'

import { userHasRole } from './roles'

/**
 * Create/update access for content with drafts: saving a draft needs a writer's role, and any
 * write that sets `_status: 'published'` needs a publisher's. The admin asks the same question
 * (with `_status: 'published'`) to decide whether to show the Publish and Schedule buttons.
 */
export const writeOrPublish =
  ({ write, publish }: ContentPolicy): Access =>
  ({ req, data }) =>
    userHasRole(req.user, ...((data as { _status?: unknown } | undefined)?._status === 'published' ? publish : write))
