import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import type { SanitizedConfig } from 'payload'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import cors from 'cors'
import { getOperationAST, parse } from 'graphql'
import Negotiator from 'negotiator'
import { handleEndpoints } from 'payload'

import { type ContentCache, type Encoding, etagFor, type StoredAnswer, storedAnswer } from './contentCache'
import { sendWebResponse, toWebRequest, webHeaders } from './payloadRest'
import { publicRoutes, type Route } from './publicRoutes'
import { requestLog, type RequestObserver } from './requestLog'
import { securityHeaders } from './securityHeaders'

type Options = {
  config: Promise<SanitizedConfig>
  /** Everything this layer does not answer itself (Express, then Next). */
  fallback: RequestListener
  /** Undefined when CONTENT_CACHE=off: public reads are still answered here, just not stored. */
  cache?: ContentCache
  /** Collections and globals anonymous callers may read: the only REST paths cached. */
  publicCollections: readonly string[]
  publicGlobals: readonly string[]
  /** The name of Payload's auth cookie, `${cookiePrefix}-token`. */
  tokenCookie: string
  /** The fixed origin requests are routed on (routedOrigin), never the client's Host. */
  origin: string
  /** Origins allowed to read the public API and post the intake from a browser (CORS_ORIGINS). */
  corsOrigins: string[]
  /** How long shared caches (a CDN) may keep a public answer (CONTENT_CACHE_S_MAXAGE). */
  sharedMaxAgeSeconds: number
  /** The client's address as Express works it out (TRUST_PROXY), for the intake's rate limit. */
  clientAddress: (req: IncomingMessage) => string
  production: boolean
  log: { error: (message: string) => void }
  /** Told of every request as it ends (the HTTP metrics, src/metrics/httpMetrics.ts). */
  observe?: RequestObserver
}


// Bigger GraphQL bodies (or ones of unknown length) go on to Express, which limits bodies.
const graphQLBodyLimit = 64 * 1024


const encodingsOf = new Map<string, Encoding | undefined>()
/** The best encoding the client accepts, brotli first; remembered per Accept-Encoding value. */
const negotiate = (req: IncomingMessage): Encoding | undefined => {
  const accept = req.headers['accept-encoding'] ?? ''
  if (encodingsOf.has(accept)) return encodingsOf.get(accept)
  // negotiator 1.x takes the server's order for equal q-values (its @types still describe 0.6).
  const encoding = new Negotiator(req).encoding as (available: string[], options: { preferred: string[] }) => string | undefined
  const best = encoding.call(new Negotiator(req), ['br', 'gzip', 'identity'], { preferred: ['br', 'gzip', 'identity'] })
  const chosen = best === 'br' || best === 'gzip' ? best : undefined
  // Clients send a handful of distinct values; a flood of made-up ones must not grow memory.
  if (encodingsOf.size < 100) encodingsOf.set(accept, chosen)
  return chosen
}

/** The query with its parameters in one order, so `?a=1&b=2` and `?b=2&a=1` share an entry. */
const canonicalQuery = (params: URLSearchParams) => {
  // A stable sort: repeated keys (`a[]=1&a[]=2`) keep their order, which can matter.
  params.sort()
  return params.toString()
}

/** `query` or `mutation` (or undefined when the document does not parse: Payload answers that). */
const operationType = (query: unknown, operationName: unknown) => {
  if (typeof query !== 'string') return undefined
  try {
    return getOperationAST(parse(query), typeof operationName === 'string' ? operationName : undefined)?.operation
  } catch {
    return undefined
  }
}

const readBody = async (req: IncomingMessage) => {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** Whether the answer of a GraphQL operation is worth keeping: data and no errors. */
const graphQLSucceeded = (body: Buffer) => !body.includes('"errors":[')

/**
 * The public API's front door, a `request` listener in front of Express: anonymous reads of
 * public collections and globals (REST GET) and anonymous GraphQL queries (POST and GET) are
 * answered here, from the response cache or from Payload's handlers called directly, with a
 * strong ETag (304 on If-None-Match), Cache-Control, gzip or brotli, and CORS. Express's first
 * route alone costs two thirds of what this machine can serve, so a cache hit never reaches it.
 *
 * Who is asking is never worked out here. What Payload answers for the cache is always asked
 * without the request's credentials (`anonymous` in toWebRequest), so a stored answer is one
 * Payload produced with no user, whatever the request carried. A request that may carry a
 * credential (any Authorization header, whatever its scheme; a Cookie header naming the auth
 * cookie anywhere, however spaced) is bypassed (on to Express and Next, `X-Cache: BYPASS`,
 * `Cache-Control: private, no-store`), so staff still get their own answers. Anonymous reads not stored
 * (`draft=true`, GraphQL mutations, answers other than 200) are answered with `X-Cache: BYPASS`.
 * Private routes (users, contact submissions, preview, admin) never come here.
 */
export const publicApi = (options: Options): RequestListener => {
  const { config, fallback, cache, publicCollections, publicGlobals, tokenCookie, origin, clientAddress } = options
  const publicCacheControl = `public, max-age=0, s-maxage=${options.sharedMaxAgeSeconds}, stale-while-revalidate=${options.sharedMaxAgeSeconds}`
  const headers = securityHeaders(options.production)
  // Never credentials: a browser on another origin reads public answers and posts the intake,
  // but cannot send the staff's cookie or token (Authorization is not an allowed header).
  const allowOrigins = cors({ origin: options.corsOrigins, methods: ['GET', 'HEAD', 'POST'], allowedHeaders: ['Content-Type'], maxAge: 600 })
  const graphql = GRAPHQL_POST(config)
  const graphQLUrl = `${origin}/api/graphql`
  const routeOf = publicRoutes(publicCollections, publicGlobals)

  // A superset of what Payload's strategies could read as a session: never a parse of our own
  // (Payload trims cookie names, so `payload-token =…` signs in).
  const mayCarryCredentials = (req: IncomingMessage) => req.headers.authorization !== undefined || Boolean(req.headers.cookie?.includes(tokenCookie))

  const send = (req: IncomingMessage, res: ServerResponse, answer: StoredAnswer, xCache: 'HIT' | 'MISS' | 'BYPASS') => {
    const encoding = negotiate(req)
    const bytes = (encoding && answer[encoding]) || answer.body
    const used = bytes === answer.body ? undefined : encoding
    res.setHeader('Vary', 'Origin, Accept-Encoding')
    res.setHeader('X-Cache', xCache)
    res.setHeader('Content-Type', answer.contentType)
    if (req.method === 'GET' || req.method === 'HEAD') {
      res.setHeader('ETag', etagFor(answer, used))
      res.setHeader('Cache-Control', publicCacheControl)
      const ifNoneMatch = req.headers['if-none-match']
      // Any of this answer's representations (identity, gzip, br) is the same content.
      if (ifNoneMatch && (ifNoneMatch.includes(answer.etag) || ifNoneMatch.trim() === '*')) {
        res.statusCode = 304
        return res.end()
      }
    }
    if (used) res.setHeader('Content-Encoding', used)
    res.setHeader('Content-Length', bytes.length)
    res.statusCode = 200
    res.end(req.method === 'HEAD' ? undefined : bytes)
  }

  /** Sends Payload's answer; a successful one goes through `send` (and into the cache if `key`). */
  const answerWith = async (req: IncomingMessage, res: ServerResponse, response: Response, key: string | undefined, ticket: number) => {
    const body = Buffer.from(await response.arrayBuffer())
    const contentType = response.headers.get('content-type') ?? ''
    const graphQL = req.url?.startsWith('/api/graphql')
    if (response.status === 200 && contentType.startsWith('application/json') && (!graphQL || graphQLSucceeded(body))) {
      const stored = key !== undefined && cache !== undefined
      const answer = storedAnswer(body, contentType, stored ? ['br', 'gzip'] : [negotiate(req)])
      if (stored) await cache.store(ticket, key, answer)
      return send(req, res, answer, stored ? 'MISS' : 'BYPASS')
    }
    res.setHeader('Cache-Control', 'no-store')
    res.setHeader('X-Cache', 'BYPASS')
    await sendWebResponse(res, new Response(body, { status: response.status, headers: response.headers }))
  }

  const fromCache = (key: string | undefined) => (key && cache ? cache.get(key) : undefined)

  const read = async (req: IncomingMessage, res: ServerResponse, pathname: string, params: URLSearchParams) => {
    const key = params.get('draft') === 'true' ? undefined : `GET ${pathname}?${canonicalQuery(params)}`
    const hit = fromCache(key)
    if (hit) return send(req, res, hit, 'HIT')
    const ticket = cache?.begin() ?? 0
    // A HEAD is answered as the GET it describes (Payload routes GET only), without the body.
    await answerWith(req, res, await handleEndpoints({ config, request: toWebRequest(req, { origin, method: 'GET', anonymous: true }) }), key, ticket)
  }

  const graphQLGet = async (req: IncomingMessage, res: ServerResponse, params: URLSearchParams) => {
    const key = `GET /api/graphql?${canonicalQuery(params)}`
    const hit = fromCache(key)
    if (hit) return send(req, res, hit, 'HIT')
    const query = params.get('query')
    const operationName = params.get('operationName') ?? undefined
    const type = operationType(query, operationName)
    if (type === 'mutation') {
      res.writeHead(405, { Allow: 'POST', 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
      return res.end(JSON.stringify({ errors: [{ message: 'Mutations are sent with POST.' }] }))
    }
    let variables: unknown
    try {
      variables = JSON.parse(params.get('variables') ?? 'null')
    } catch {
      res.writeHead(400, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
      return res.end(JSON.stringify({ errors: [{ message: 'The variables parameter is not valid JSON.' }] }))
    }
    const ticket = cache?.begin() ?? 0
    const request = new Request(graphQLUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables, operationName }),
    })
    await answerWith(req, res, await graphql(request), type === 'query' ? key : undefined, ticket)
  }

  const graphQLPost = async (req: IncomingMessage, res: ServerResponse) => {
    const length = Number(req.headers['content-length'])
    if (!(length <= graphQLBodyLimit) || !req.headers['content-type']?.startsWith('application/json')) {
      res.setHeader('X-Cache', 'BYPASS')
      return fallback(req, res)
    }
    const body = await readBody(req)
    let operation: { query?: unknown; variables?: unknown; operationName?: unknown } = {}
    try {
      operation = JSON.parse(body.toString('utf8')) ?? {}
    } catch {
      // Payload answers malformed JSON with its own error.
    }
    const key = typeof operation.query === 'string' ? `POST /api/graphql\n${operation.query}\n${JSON.stringify(operation.variables ?? null)}\n${operation.operationName ?? ''}` : undefined
    const hit = fromCache(key)
    if (hit) return send(req, res, hit, 'HIT')
    const ticket = cache?.begin() ?? 0
    const forwarded = webHeaders(req, true)
    // What Express's clientAddress does for every other route: the intake's rate limit reads it.
    forwarded.set('x-forwarded-for', clientAddress(req))
    const response = await graphql(new Request(graphQLUrl, { method: 'POST', headers: forwarded, body }))
    await answerWith(req, res, response, operationType(operation.query, operation.operationName) === 'query' ? key : undefined, ticket)
  }

  const serve = async (route: Route, req: IncomingMessage, res: ServerResponse, pathname: string, search: string) => {
    const { method } = req
    const readable = method === 'GET' || method === 'HEAD'
    if (route === 'intake' || (route === 'read' && !readable) || (route === 'graphql' && method !== 'POST' && method !== 'GET')) return fallback(req, res)
    if (mayCarryCredentials(req)) {
      res.setHeader('Cache-Control', 'private, no-store')
      res.setHeader('X-Cache', 'BYPASS')
      return fallback(req, res)
    }
    const params = new URLSearchParams(search)
    if (route === 'read') return read(req, res, pathname, params)
    return method === 'GET' ? graphQLGet(req, res, params) : graphQLPost(req, res)
  }

  return (req, res) => {
    requestLog(req, res, options.observe)
    const url = req.url ?? '/'
    const queryAt = url.indexOf('?')
    const pathname = queryAt === -1 ? url : url.slice(0, queryAt)
    headers(req, res, pathname)
    const route = routeOf(pathname)
    if (!route) return fallback(req, res)
    allowOrigins(req, res, () => {
      serve(route, req, res, pathname, queryAt === -1 ? '' : url.slice(queryAt + 1)).catch((error: unknown) => {
        options.log.error(`public API: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
        res.end(res.headersSent ? undefined : JSON.stringify({ errors: [{ message: 'Something went wrong.' }] }))
      })
    })
  }
}
