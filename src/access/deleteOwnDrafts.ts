import type { Access, CollectionBeforeDeleteHook, CollectionSlug, Where } from 'payload'

import { Forbidden } from 'payload'

import type { ContentPolicy } from './policy'

import { userHasRole } from './roles'

/**
 * Delete access for content with drafts and a `createdBy` (articles, services): publishers
 * delete anything; writers delete their own drafts, such as the empty one "Create New" saves at
 * once. keepWhatWasPublished narrows that to drafts never published.
 */
export const deleteOwnDrafts =
  ({ write, publish }: ContentPolicy): Access =>
  ({ req }) => {
    if (userHasRole(req.user, ...publish)) return true
    if (!userHasRole(req.user, ...write)) return false
    const own: Where = { and: [{ createdBy: { equals: req.user!.id } }, { _status: { equals: 'draft' } }] }
    return own
  }

/**
 * beforeDelete: a document that was ever published (taken down since, say) is deleted only by a
 * publisher, since its published versions are reviewed content, not a writer's draft.
 */
export const keepWhatWasPublished =
  ({ publish }: ContentPolicy): CollectionBeforeDeleteHook =>
  async ({ collection, id, req }) => {
    if (!req.user || userHasRole(req.user, ...publish)) return
    const { totalDocs } = await req.payload.countVersions({
      collection: collection.slug as CollectionSlug,
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      req,
    })
    if (totalDocs > 0) throw new Forbidden(req.t)
  }
