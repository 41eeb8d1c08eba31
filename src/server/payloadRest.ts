import type { RequestHandler } from 'express'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { SanitizedConfig } from 'payload'

import { handleEndpoints } from 'payload'
import { Readable } from 'node:stream'

/**
 * The origin every request is routed on: `SERVER_URL`'s, else a constant. Never the client's
 * `Host` header, which could make Payload route a URL other than the one the response cache
 * files its answer under (`Host: x/api/quotes?#` turned `/api/articles` into a quote).
 */
export const routedOrigin = (serverURL: string | undefined) => (serverURL ? new URL(serverURL).origin : 'http://localhost')

/** The headers that say who is asking (Payload's JWT, API-key and cookie strategies read them). */
const credentialHeaders = new Set(['authorization', 'cookie'])

type WebRequestOptions = {
  origin: string
  method?: string
  /** Leaves out every credential, so Payload answers as it would an anonymous caller. */
  anonymous?: boolean
}

/** The request's headers as Web Headers; `anonymous` leaves out every credential. */
export const webHeaders = (req: IncomingMessage, anonymous: boolean) => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || (anonymous && credentialHeaders.has(name))) continue
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one)
  }
  return headers
}

/** The Node request as the Web Request Payload's REST handler takes (body streamed, not read). */
export const toWebRequest = (req: IncomingMessage, { origin, method = req.method, anonymous = false }: WebRequestOptions) => {
  const headers = webHeaders(req, anonymous)
  const hasBody = method !== 'GET' && method !== 'HEAD'
  // Concatenated, not resolved: a path like `//other.host/` stays a path on this origin.
  return new Request(`${origin}${req.url}`, {
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
  (config: Promise<SanitizedConfig>, origin: string): RequestHandler =>
  async (req, res, next) => {
    try {
      await sendWebResponse(res, await handleEndpoints({ config, request: toWebRequest(req, { origin }) }))
    } catch (error) {
      next(error)
    }
  }
