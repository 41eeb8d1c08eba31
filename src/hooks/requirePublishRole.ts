import type { PayloadRequest, RequestContext } from 'payload'

import { Forbidden } from 'payload'

import type { Role } from '../slugs'

import { userHasRole } from '../access/roles'

type Status = { _status?: 'draft' | 'published' | null }

/**
 * beforeChange (collections and globals with drafts): the document may end up published only
 * through a publisher. Access control sees only the submitted data, so an editor's plain save
 * (no `_status`, no `?draft=true`) on a published document would go live unreviewed; here the
 * resulting status is known. Server code that acts as nobody (the seed, Payload's jobs run with
 * overrideAccess) is trusted; a scheduled publish runs as the person who scheduled it.
 */
export const requirePublishRole =
  (publishers: readonly Role[]) =>
  <T extends Status>({ data, originalDoc, req, context }: { data: T; originalDoc?: Status; req: PayloadRequest; context: RequestContext }): T => {
    if (context.seeding || !req.user) return data
    const status = data._status ?? originalDoc?._status
    if (status === 'published' && !userHasRole(req.user, ...publishers)) throw new Forbidden(req.t)
    return data
  }
