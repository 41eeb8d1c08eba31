import type { Route } from '../server/publicRoutes'
import type { RequestObserver } from '../server/requestLog'

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
 * Counts and times each request in alt_http_request_duration_seconds by route class and status
 * class, told by the request log as each one ends (src/server/requestLog.ts): no listener or
 * clock of its own on the request path, one histogram observation a request (bench:api measures
 * its cost).
 */
export const requestMetrics = (classOf: (pathname: string) => RouteClass): RequestObserver => {
  // One bound child per route and status class (a few dozen): no label hashing per request.
  const series = new Map<string, ReturnType<typeof httpRequestDuration.labels>>()
  return (path, status, ms) => {
    const route = classOf(path)
    const statusClass = status === null ? 'none' : `${Math.floor(status / 100)}xx`
    const key = `${route} ${statusClass}`
    let child = series.get(key)
    if (!child) series.set(key, (child = httpRequestDuration.labels({ route, status: statusClass })))
    child.observe(ms / 1000)
  }
}
