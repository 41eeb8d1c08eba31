import { type NextRequest, NextResponse } from 'next/server'

import { findRedirect } from './lib/redirects'
import { siteUrl } from './lib/settings'

/**
 * Runs before every page (not the site's own API or Next's files):
 * - An old address (a slug that changed, or one staff recorded) is sent on with the status the
 *   content API gives it (308 unless staff chose another), keeping the query (a campaign's
 *   `utm_…`), so shared and indexed links never break and no rebuild is needed.
 * - The admin's Preview and Live Preview open a page with `?previewToken=…`. Reading the query in
 *   the page would render every visit on demand, so those requests go to app/api/preview/route.ts,
 *   which turns on draft mode and comes back to the page.
 */
export async function proxy(request: NextRequest) {
  const { pathname, searchParams, search } = request.nextUrl
  const token = searchParams.get('previewToken')
  if (token !== null) {
    const preview = new URL('/api/preview', request.url)
    preview.searchParams.set('token', token)
    preview.searchParams.set('path', pathname)
    return NextResponse.redirect(preview)
  }
  const redirect = await findRedirect(pathname)
  if (!redirect) return NextResponse.next()
  // A typed `https://` address goes there as it is; a path stays on this site's public origin.
  const target = new URL(redirect.to, siteUrl())
  if (!target.search) target.search = search
  return NextResponse.redirect(target, redirect.status)
}

export const config = { matcher: ['/((?!api/|_next/).*)'] }
