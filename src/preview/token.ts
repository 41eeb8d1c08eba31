import { createHmac, timingSafeEqual } from 'node:crypto'

/** What a preview token opens: one document of a collection, or a global. */
export type PreviewTarget = { collection: string; id: number | string } | { global: string }

type Claims = PreviewTarget & { exp: number }

const sign = (secret: string, body: string) => createHmac('sha256', `preview:${secret}`).update(body).digest('base64url')

/**
 * A short-lived, signed token naming one draft, for the preview link the admin opens. It is not
 * a login: it lets whoever holds it read that one draft, through GET /api/preview-token/verify,
 * until it expires.
 */
export const signPreviewToken = (secret: string, target: PreviewTarget, ttlSeconds: number, now = Date.now()) => {
  const body = Buffer.from(JSON.stringify({ ...target, exp: Math.floor(now / 1000) + ttlSeconds } satisfies Claims)).toString('base64url')
  return `${body}.${sign(secret, body)}`
}

/** The target of a valid, unexpired token, or undefined (forged, altered, malformed or expired). */
export const verifyPreviewToken = (secret: string, token: string, now = Date.now()): PreviewTarget | undefined => {
  const [body, signature, extra] = token.split('.')
  if (!body || !signature || extra !== undefined) return undefined
  const expected = Buffer.from(sign(secret, body))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined
  try {
    const { exp, ...target } = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Claims
    return typeof exp === 'number' && exp * 1000 > now ? target : undefined
  } catch {
    return undefined
  }
}
