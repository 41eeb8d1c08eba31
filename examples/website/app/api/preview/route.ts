import { cookies, draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { exchangePreviewToken, previewCookie } from '../../../lib/content'

/**
 * Where a preview link lands (proxy.ts sends `/any/page?previewToken=…` here): checks the token
 * with the content API, turns on draft mode (pages are then rendered for this browser on each
 * request, never cached) and keeps the token in a cookie for the page to fetch its draft with.
 */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const token = url.searchParams.get('token') ?? ''
  const path = url.searchParams.get('path') ?? '/'
  const answer = await exchangePreviewToken(token)
  if ('error' in answer) return new Response(answer.error, { status: 401, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })
  ;(await draftMode()).enable()
  // Like Next's draft-mode cookie: the admin's Live Preview shows this page in a frame.
  const production = process.env.NODE_ENV === 'production'
  ;(await cookies()).set(previewCookie, token, { httpOnly: true, path: '/', sameSite: production ? 'none' : 'lax', secure: production })
  // Only a path on this site (not `//host` or `/\host`, which browsers read as another site).
  redirect(/^\/(?![/\\])/.test(path) ? path : '/')
}
