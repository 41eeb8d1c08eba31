import type { IncomingMessage, ServerResponse } from 'node:http'

import { randomBytes } from 'node:crypto'

import { referencePageCsp, referencePagePath } from '../openapi/referencePage'

/**
 * The Content-Security-Policy of everything but the API reference page. Scripts: this origin's
 * files, and inline scripts only with the request's nonce, which Next puts on each inline script
 * it writes (it reads the nonce from the request's own `Content-Security-Policy` header). Styles
 * may be inline: Payload's admin and React set style attributes and write <style> elements that
 * no nonce reaches, and a style cannot run code. Images may be data: (Payload's built-in avatar,
 * the two-factor QR code) or blob: (an upload's preview before it is saved). Frames: the admin's
 * Live Preview shows the frontend (`PREVIEW_URL`). `npm run dev` needs eval for React's tools.
 */
const policy = (nonce: string | undefined, production: boolean, previewOrigin: string | undefined) =>
  [
    "default-src 'self'",
    `script-src 'self'${nonce ? ` 'nonce-${nonce}'` : ''}${production ? '' : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `frame-src 'self'${previewOrigin ? ` ${previewOrigin}` : ''}`,
    "frame-ancestors 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    "form-action 'self'",
  ].join('; ')

/**
 * Edge headers for every response. Pages (everything outside `/api`, where Next renders the
 * admin) get a fresh nonce in their CSP, set on the request too so that Next uses it; API
 * answers run no script and get the policy without one. The API reference page gets its own
 * stricter policy here: Next keeps a header that is already set and drops the one the page's
 * handler sends.
 */
export const securityHeaders = (production: boolean, previewUrl = process.env.PREVIEW_URL) => {
  const previewOrigin = previewUrl ? URL.parse(previewUrl)?.origin : undefined
  const apiPolicy = policy(undefined, production, previewOrigin)
  return (req: IncomingMessage, res: ServerResponse, pathname = '') => {
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('X-Frame-Options', 'SAMEORIGIN')
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()')
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
    if (pathname === referencePagePath) {
      res.setHeader('Content-Security-Policy', referencePageCsp)
    } else if (pathname === '/api' || pathname.startsWith('/api/')) {
      res.setHeader('Content-Security-Policy', apiPolicy)
    } else {
      const pagePolicy = policy(randomBytes(16).toString('base64'), production, previewOrigin)
      req.headers['content-security-policy'] = pagePolicy
      res.setHeader('Content-Security-Policy', pagePolicy)
    }
    // Browsers ignore HSTS on plain-http responses, so production can always send it (TLS ends
    // at the proxy in front of us); local dev over http://localhost must not get it.
    if (production) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
  }
}
