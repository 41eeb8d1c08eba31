import { apiUrl } from './settings'

/** One row of the content API's redirect table (`redirects` in `GET /api/sitemap`). */
type Redirect = { from: string; to: string; status: 301 | 302 | 307 | 308 }

/**
 * How long the proxy trusts its copy of the table. A redirect staff add (or a slug change) works
 * on the site within this time, and the content API is asked at most once per period, however
 * many visitors arrive.
 */
export const redirectsKeptMs = 5_000

let table = new Map<string, Redirect>()
let fetchedAt = -Infinity
let refreshing: Promise<void> | undefined

const refresh = async () => {
  try {
    const response = await fetch(`${apiUrl()}/api/sitemap`, { cache: 'no-store', signal: AbortSignal.timeout(2_000) })
    if (!response.ok) return
    const { redirects } = (await response.json()) as { redirects: Redirect[] }
    table = new Map(redirects.map((redirect) => [redirect.from, redirect]))
  } catch {
    // The content API is down or slow: the last table stays, and pages are served as usual.
  } finally {
    fetchedAt = Date.now()
  }
}

/** The redirect recorded for this path, if any (one refresh at a time, shared by every request). */
export const findRedirect = async (path: string): Promise<Redirect | undefined> => {
  if (Date.now() - fetchedAt > redirectsKeptMs) {
    refreshing ??= refresh().finally(() => (refreshing = undefined))
    await refreshing
  }
  return table.get(path) ?? (path.length > 1 && path.endsWith('/') ? table.get(path.slice(0, -1)) : undefined)
}
