import type { IncomingMessage, ServerResponse } from 'node:http'

import { randomUUID } from 'node:crypto'

// An upstream id is kept only if it looks like one, so clients cannot write arbitrary text into logs.
const validRequestId = /^[\w.:-]{1,128}$/

/** Told of each request as it ends: its path, status (null: none was sent) and duration. */
export type RequestObserver = (path: string, status: number | null, ms: number) => void

/**
 * One JSON line per request on stdout, and `observe` (the HTTP metrics) told of it. Only the path
 * is logged: query strings can hold emails and tokens, and bodies, cookies and Authorization are
 * never read here.
 */
export const requestLog = (req: IncomingMessage, res: ServerResponse, observe?: RequestObserver) => {
  const started = performance.now()
  // Captured now: Next may rewrite req.url while it handles the request.
  const { method } = req
  const path = (req.url ?? '/').split('?', 1)[0]
  const incoming = req.headers['x-request-id']
  const requestId = typeof incoming === 'string' && validRequestId.test(incoming) ? incoming : randomUUID()
  req.headers['x-request-id'] = requestId
  res.setHeader('x-request-id', requestId)
  res.on('close', () => {
    const status = res.headersSent ? res.statusCode : null
    const ms = performance.now() - started
    observe?.(path, status, ms)
    // Shaped like Payload's pino lines (level 30 = info, epoch ms) so one parser reads both.
    const line = {
      level: 30,
      time: Date.now(),
      name: 'http',
      msg: 'request',
      requestId,
      method,
      path,
      // Null when the connection closed before any response was sent.
      status,
      durationMs: Math.round(ms),
      // The connection closed before the response was complete.
      ...(res.writableFinished ? {} : { aborted: true }),
    }
    process.stdout.write(`${JSON.stringify(line)}\n`)
  })
}
