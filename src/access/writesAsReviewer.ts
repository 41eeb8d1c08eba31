import type { PayloadRequest } from 'payload'

import { userHasRole } from './roles'

/**
 * Whether a write to contact submissions comes from someone who works them (a manager, an
 * admin) or from trusted server code (`overrideAccess`), rather than from the public.
 */
export const writesAsReviewer = (overrideAccess: boolean | undefined, req: PayloadRequest) =>
  Boolean(overrideAccess) || userHasRole(req.user, 'admin', 'manager')
