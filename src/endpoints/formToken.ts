import type { Endpoint } from 'payload'

import { issueFormToken } from '../intake/formToken'

/**
 * `GET /api/contact-submissions/form-token`: a frontend fetches one when it shows the contact
 * form and sends it back as `formToken`. Not cacheable: each form gets its own time.
 */
export const formToken = (maxAgeHours: number): Endpoint => ({
  path: '/form-token',
  method: 'get',
  handler: async (req) => {
    const issuedAt = Date.now()
    return Response.json(
      { formToken: issueFormToken(req.payload.secret, issuedAt), expiresAt: new Date(issuedAt + maxAgeHours * 3600_000).toISOString() },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
})
