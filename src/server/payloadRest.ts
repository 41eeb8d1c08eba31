import type { Request as ExpressRequest, RequestHandler } from 'express'
import type { SanitizedConfig } from 'payload'

import { handleEndpoints } from 'payload'
import { Readable } from 'node:stream'

/** The Node request as the Web Request Payload's REST handler takes (body streamed, not read). */
const toWebRequest = (req: ExpressRequest) => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one)
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  return new Request(`http://${req.headers.host ?? 'localhost'}${req.originalUrl}`, {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
    duplex: 'half',
  } as RequestInit)
}

/**
 * Payload's REST handler (`handleEndpoints`, which Next's `api/[...slug]` route calls), straight
 * from Express, for the public intake's hot path. Through Next the same request costs ~1.7 ms
 * more CPU (routing, response streaming, gzip of a 28-byte body), a third of a submission.
 */
export const payloadRest =
  (config: Promise<SanitizedConfig>): RequestHandler =>
  async (req, res, next) => {
    try {
      const response = await handleEndpoints({ config, request: toWebRequest(req) })
      res.status(response.status)
      for (const [name, value] of response.headers) if (name !== 'set-cookie') res.setHeader(name, value)
      const cookies = response.headers.getSetCookie()
      if (cookies.length > 0) res.setHeader('set-cookie', cookies)
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      next(error)
    }
  }
