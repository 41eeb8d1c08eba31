import type { ServerResponse } from 'node:http'

import { referencePageCsp, referencePagePath } from '../openapi/referencePage'

/**
 * Edge headers for every response. The CSP restricts only what cannot break the Payload admin
 * (framing, <base>, plugins, form targets): Next's inline scripts and styles need no allowance.
 * The API reference page gets its own stricter policy here: Next keeps a header that is already
 * set and drops the one the page's handler sends.
 */
export const securityHeaders =
  (production: boolean) =>
  (res: ServerResponse, pathname = '') => {
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('X-Frame-Options', 'SAMEORIGIN')
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()')
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
    res.setHeader(
      'Content-Security-Policy',
      pathname === referencePagePath ? referencePageCsp : "frame-ancestors 'self'; base-uri 'self'; object-src 'none'; form-action 'self'",
    )
    // Browsers ignore HSTS on plain-http responses, so production can always send it (TLS ends
    // at the proxy in front of us); local dev over http://localhost must not get it.
    if (production) res.setHeader('Strict-Transport-Security', 'max-age=31536000')
  }
