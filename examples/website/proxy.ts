import { type NextRequest, NextResponse } from 'next/server'

/**
 * The admin's Preview and Live Preview open a page with `?previewToken=…`. Reading the query
 * in the page would render every visit on demand, so only those requests come here, and go to
 * app/api/preview/route.ts, which turns on draft mode and comes back to the page.
 */
export function proxy(request: NextRequest) {
  const token = request.nextUrl.searchParams.get('previewToken')
  const preview = new URL('/api/preview', request.url)
  preview.searchParams.set('token', token ?? '')
  preview.searchParams.set('path', request.nextUrl.pathname)
  return NextResponse.redirect(preview)
}

export const config = { matcher: [{ source: '/((?!api/).*)', has: [{ type: 'query', key: 'previewToken' }] }] }
