import type { Endpoint, PayloadRequest } from 'payload'

import { userHasRole } from '../access/roles'
import { collectionSlugs } from '../slugs'
import { jsonError } from './jsonError'
import { readBodyUpTo } from './readBodyUpTo'

/** The body as data: JSON from frontends, or the admin form's multipart `_payload` field. */
const parseBody = async (req: PayloadRequest, bytes: Buffer, type: string): Promise<unknown> => {
  if (type === 'application/json') return bytes.byteLength === 0 ? {} : JSON.parse(bytes.toString('utf8'))
  const form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': req.headers.get('content-type')! } }).formData()
  const payload = form.get('_payload')
  return typeof payload === 'string' ? JSON.parse(payload) : {}
}

/**
 * `POST /api/contact-submissions`, in place of Payload's default create (a collection's own
 * endpoints are matched first). Edge checks only, then the normal create with the caller's
 * access, so every collection rule (validation, spam screening, rate limit, notification)
 * still runs. The public gets `{ id, status: 'received' }` and no echo of what it sent;
 * reviewers get Payload's usual `{ doc, message }`, which the admin's create form expects.
 */
export const contactIntake = (maxBodyBytes: number): Endpoint => ({
  path: '/',
  method: 'post',
  handler: async (req) => {
    const type = (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
    if (type !== 'application/json' && type !== 'multipart/form-data') {
      return jsonError(415, 'Send the submission as JSON, with Content-Type: application/json.')
    }
    const bytes = await readBodyUpTo(req as Request, maxBodyBytes)
    if (!bytes) return jsonError(413, `The request body is larger than ${maxBodyBytes} bytes.`)
    let data: unknown
    try {
      data = await parseBody(req, bytes, type)
    } catch {
      return jsonError(400, 'The request body is not valid JSON.')
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      return jsonError(400, 'Send the submission as a JSON object of fields.')
    }

    const doc = await req.payload.create({
      collection: collectionSlugs.contactSubmissions,
      data: data as never,
      req,
      overrideAccess: false,
      depth: 0,
    })
    if (userHasRole(req.user, 'admin', 'manager')) {
      return Response.json({ doc, message: 'Contact submission successfully created.' }, { status: 201 })
    }
    return Response.json({ id: doc.id, status: 'received' }, { status: 201 })
  },
})
