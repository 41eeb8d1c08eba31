import type { RequestListener } from 'node:http'

import type { Route } from '../server/publicApi'

import { httpRequestDuration, type routeClasses } from './metrics'

type RouteClass = (typeof routeClasses)[number]

// Payload's auth operations on the users collection, and the two-factor steps (src/auth/twoFactor).
const authPath = /^\/api\/users\/(?:login|logout|refresh-token|me|forgot-password|reset-password|first-register|unlock|two-factor\/[a-z]+)$/

/** The class of a path: the front door's routes, then the admin and sign-in; never the path itself, so the label set stays bounded. */
export const routeClassOf =
  (route: (pathname: string) => Route) =>
  (pathname: string): RouteClass => {
    const publicRoute = route(pathname)
    if (publicRoute === 'read') return 'public_read'
    if (publicRoute) return publicRoute
    if (pathname === '/admin' || pathname.startsWith('/admin/')) return 'admin'
    return authPath.test(pathname) ? 'auth' : 'other'
  }

/**
 * `listener`, with each request counted and timed in alt_http_request_duration_seconds by route
 * class and status class, when the connection closes (Next rewrites req.url meanwhile, so the
 * class is worked out first). One histogram observation a request: bench:api shows its cost.
 */
export const measuredRequests =
  (listener: RequestListener, classOf: (pathname: string) => RouteClass): RequestListener =>
  (req, res) => {
    const started = performance.now()
    const url = req.url ?? '/'
    const queryAt = url.indexOf('?')
    const route = classOf(queryAt === -1 ? url : url.slice(0, queryAt))
    res.once('close', () => {
      const status = res.headersSent ? `${Math.floor(res.statusCode / 100)}xx` : 'none'
      httpRequestDuration.observe({ route, status }, (performance.now() - started) / 1000)
    })
    return listener(req, res)
  }
