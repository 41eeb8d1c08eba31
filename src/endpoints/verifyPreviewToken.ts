import type { Endpoint } from 'payload'

import { verifyPreviewToken as verify } from '../preview/token'

const noStore = { 'cache-control': 'no-store' }

/**
 * GET /api/preview-token/verify?token=… — for frontends: checks a preview token from the admin's
 * preview link and answers with the draft it names, `{ collection, id, doc }` or
 * `{ global, doc }`; 401 when the token is missing, forged or expired. The draft is read as the
 * public reads, whoever asks, with the token as its only grant (src/preview/previewedRead.ts):
 * fields hidden from the public stay hidden, and at depth 0 (related documents as ids) it shows
 * that one draft and nothing else unpublished.
 */
export const verifyPreviewTokenEndpoint: Endpoint = {
  path: '/preview-token/verify',
  method: 'get',
  handler: async (req) => {
    const token = typeof req.query?.token === 'string' ? req.query.token : ''
    const target = token ? verify(req.payload.secret, token) : undefined
    if (!target) {
      return Response.json({ errors: [{ message: 'This preview link is invalid or has expired: open Preview in the admin again.' }] }, { status: 401, headers: noStore })
    }
    // No `req`: Payload makes a request of its own without a user.
    const asThePublic = { draft: true, depth: 0, overrideAccess: false, context: { previewToken: token } } as const
    if ('global' in target) {
      const doc = await req.payload.findGlobal({ slug: target.global as never, ...asThePublic })
      return Response.json({ global: target.global, doc }, { headers: noStore })
    }
    const doc = await req.payload.findByID({ collection: target.collection as never, id: target.id, disableErrors: true, ...asThePublic })
    if (!doc) return Response.json({ errors: [{ message: 'The previewed document no longer exists.' }] }, { status: 404, headers: noStore })
    return Response.json({ collection: target.collection, id: target.id, doc }, { headers: noStore })
  },
}
