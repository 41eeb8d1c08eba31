/** Where a request goes: a public read, GraphQL, the public intake, or anything else. */
export type Route = 'read' | 'graphql' | 'intake' | undefined

// The public intake: a browser form on the clinic's site fetches a token, then posts.
const intakePaths = new Set(['/api/contact-submissions', '/api/contact-submissions/form-token'])

/** The route of a path: the front door's, and the HTTP metrics' route classes (src/metrics/httpMetrics.ts). */
export const publicRoutes =
  (publicCollections: readonly string[], publicGlobals: readonly string[]) =>
  (pathname: string): Route => {
    if (pathname === '/api/graphql') return 'graphql'
    if (intakePaths.has(pathname)) return 'intake'
    const global = /^\/api\/globals\/([^/]+)$/.exec(pathname)
    if (global) return publicGlobals.includes(global[1]) ? 'read' : undefined
    const collection = /^\/api\/([^/]+)(?:\/[^/]+)?$/.exec(pathname)
    return collection && publicCollections.includes(collection[1]) ? 'read' : undefined
  }
