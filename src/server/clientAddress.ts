import type { Express, RequestHandler } from 'express'

/**
 * `TRUST_PROXY` → Express's `trust proxy` setting: unset or `false` trusts no proxy (the
 * address is the socket's own), `true` every hop, a number that many hops, anything else a
 * list of addresses or subnets (`loopback`, `10.0.0.0/8`).
 */
export const trustProxySetting = (value = process.env.TRUST_PROXY): boolean | number | string => {
  if (!value || value === 'false') return false
  if (value === 'true') return true
  return /^\d+$/.test(value) ? Number(value) : value
}

/** Applies {@link trustProxySetting} to the app. */
export const trustProxy = (app: Express, value?: string) => app.set('trust proxy', trustProxySetting(value))

/**
 * Replaces X-Forwarded-For with the one client address Express worked out (`req.ip`: the socket's,
 * or from trusted proxies' X-Forwarded-For), before Next and Payload see the request. The intake's
 * per-address rate limit reads that header, so a client can never choose its own address.
 */
export const clientAddress: RequestHandler = (req, _res, next) => {
  req.headers['x-forwarded-for'] = req.ip ?? req.socket.remoteAddress ?? ''
  next()
}
