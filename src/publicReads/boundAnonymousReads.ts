import type { CollectionBeforeOperationHook } from 'payload'

import { isVerifiedUser } from '../access/roles'

/** What an anonymous REST or GraphQL read may ask for (see `publicReads` in the plugin's options). */
export type PublicReadBounds = {
  /** Most documents in one anonymous answer; `limit=0`, `pagination=false` and larger limits get this. Default 100. */
  maxLimit: number
  /** Deepest relationship population for an anonymous REST read (`depth`). Default 3. */
  maxDepth: number
}

export const defaultPublicReadBounds: PublicReadBounds = { maxLimit: 100, maxDepth: 3 }

/**
 * beforeOperation (every collection): an anonymous API read asks for at most `maxLimit`
 * documents at most `maxDepth` deep. Without it `?limit=0` or `?pagination=false` returned every
 * document, populated ten levels deep. The answer's `limit` reports the cap. Signed-in staff past
 * their second factor (the admin) and the Local API (`overrideAccess`, e.g. seed and jobs) are not bounded.
 */
export const boundAnonymousReads =
  ({ maxLimit, maxDepth }: PublicReadBounds): CollectionBeforeOperationHook =>
  ({ args, operation }) => {
    if (operation !== 'read' || !args.req || isVerifiedUser(args.req.user) || args.overrideAccess) return args
    const depth = Math.min(args.depth ?? args.req.payload.config.defaultDepth, maxDepth)
    // find's and findVersions' arguments; findByID has neither.
    const { limit, pagination } = args as { limit?: number; pagination?: boolean }
    const unbounded = pagination === false || limit === 0 || (typeof limit === 'number' && limit > maxLimit)
    return unbounded ? { ...args, depth, limit: maxLimit, pagination: true } : { ...args, depth }
  }
