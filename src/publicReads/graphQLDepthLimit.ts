import type { ExecutionArgs, ValidationRule } from 'graphql'
import type { PayloadRequest } from 'payload'

import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'

import { isVerifiedUser } from '../access/roles'

/**
 * A GraphQL validation rule refusing queries nested deeper than a relationship depth allows:
 * the collection, `docs`, `depth` relationships, a group and the field itself. Anonymous callers
 * (and sessions waiting for their second factor) get the plugin's `publicReads.maxDepth`, staff
 * Payload's `maxDepth`. Payload's own
 * complexity limit still applies; this one stops cheap but deep relationship chains.
 */
export const graphQLDepthLimit = (args: ExecutionArgs, anonymousDepth: number): ValidationRule => {
  const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
  const depth = req && isVerifiedUser(req.user) ? req.payload.config.maxDepth : anonymousDepth
  return maxDepthRule({
    n: depth + 4,
    // Fragments count for the fields they hold, not as a level of their own.
    flattenFragments: true,
    // Reported as a validation error (a 400 with the message): thrown, it would be a bare 500.
    propagateOnRejection: false,
    onReject: [(context, error) => context?.reportError(error)],
  })
}
