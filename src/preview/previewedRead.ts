import type { Access } from 'payload'

import { type PreviewTarget, verifyPreviewToken } from './token'

/**
 * Read access of a previewable collection or global: its own, plus the one document that the
 * preview token in `req.context.previewToken` names. Only the preview endpoint puts a token
 * there, on a read of its own without a user (src/endpoints/verifyPreviewToken.ts): the draft is
 * then read as the public reads, fields hidden from the public included, and nothing else opens.
 * Unset, read access is Payload's default (signed-in users).
 */
export const previewedRead =
  (read: Access | undefined, entity: { collection: string } | { global: string }): Access =>
  (args) => {
    const token = args.req.context.previewToken
    const named: PreviewTarget | undefined = typeof token === 'string' ? verifyPreviewToken(args.req.payload.secret, token) : undefined
    const isThis =
      named !== undefined &&
      ('global' in entity
        ? 'global' in named && named.global === entity.global
        : 'collection' in named && named.collection === entity.collection && args.id !== undefined && String(named.id) === String(args.id))
    if (isThis) return true
    return read ? read(args) : Boolean(args.req.user)
  }
