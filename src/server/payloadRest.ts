import type { RequestHandler } from 'express'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { SanitizedConfig } from 'payload'

import { handleEndpoints } from 'payload'
import { Readable } from 'node:stream'

/** The Node request as the Web Request Payload's REST handler takes (body streamed, not read). */
export const toWebRequest = (req: IncomingMessage, method = req.method) => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one)
  }
  const hasBody = method !== 'GET' && method !== 'HEAD'
  return new Request(`http://${req.headers.host ?? 'localhost'}${req.url}`, {
    method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
    duplex: 'half',
  } as RequestInit)
}

/** Writes a Web Response from one of Payload's handlers to a Node response. */
export const sendWebResponse = async (res: ServerResponse, response: Response) => {
  res.statusCode = response.status
  for (const [name, value] of response.headers) if (name !== 'set-cookie') res.setHeader(name, value)
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
  res.end(Buffer.from(await response.arrayBuffer()))
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
      await sendWebResponse(res, await handleEndpoints({ config, request: toWebRequest(req) }))
    } catch (error) {
      next(error)
    }
  }
