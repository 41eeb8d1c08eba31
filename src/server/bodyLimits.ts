import type { RequestHandler, Response } from 'express'
import type { Socket } from 'node:net'

const MiB = 1024 * 1024

/** Largest body an API route takes (JSON, GraphQL, login, the admin's form saves) unless a rule says otherwise. */
export const apiBodyLimit = 1 * MiB

/** A request body limit for the routes `path` matches (and `method`, when given). */
export type BodyLimitRule = { method?: string; path: RegExp; maxBytes: number }

/**
 * A refused body up to this size is read and thrown away after the answer, so the client's
 * kept-alive connection stays usable (Node does that for a body nobody read). A bigger one, or
 * one of unknown size, ends the connection instead, after a linger (below).
 */
const drainLimit = 4 * MiB

/** How long a connection being closed keeps reading (and dropping) what the client still sends. */
const lingerMs = 2000

/**
 * Closing a socket while the client is still sending makes the kernel answer with a reset,
 * which can reach the client before it has read our 413, so it sees a network error instead.
 * So when Node ends this connection after the answer, it closes our side only and drops what
 * still arrives, until the client closes its side or `lingerMs` passes (nginx's lingering close).
 */
const lingerOnClose = (socket: Socket) => {
  socket.destroySoon = () => {
    socket.end()
    const timer = setTimeout(() => socket.destroy(), lingerMs).unref()
    socket.once('end', () => socket.destroy())
    socket.once('close', () => clearTimeout(timer))
  }
}

const refuse = (res: Response, status: 411 | 413, message: string, drain: boolean) => {
  if (!drain) {
    res.setHeader('Connection', 'close')
    lingerOnClose(res.req.socket)
  }
  res.status(status).json({ errors: [{ message }] })
}

/**
 * Request bodies on `/api` are bounded before anything reads them: a declared size over the
 * route's limit gets 413 without a byte read, and a body without a declared size (chunked)
 * gets 411, since it could only be bounded by reading it. Browsers and HTTP clients declare the
 * size of every body they send whole. The first matching rule's limit applies, else `apiBodyLimit`.
 */
export const bodyLimits =
  (rules: BodyLimitRule[]): RequestHandler =>
  (req, res, next) => {
    if (!req.path.startsWith('/api/')) return next()
    const declared = req.headers['content-length']
    if (req.headers['transfer-encoding'] !== undefined) {
      return refuse(res, 411, 'Send the request body with a Content-Length header: bodies of unknown size are not accepted.', false)
    }
    if (declared === undefined) return next()
    const rule = rules.find(({ method, path }) => (!method || method === req.method) && path.test(req.path))
    const maxBytes = rule?.maxBytes ?? apiBodyLimit
    const size = Number(declared)
    if (size <= maxBytes) return next()
    refuse(res, 413, `The request body is larger than ${maxBytes} bytes.`, size <= drainLimit)
  }
