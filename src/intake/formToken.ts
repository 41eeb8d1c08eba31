import { createHmac, timingSafeEqual } from 'node:crypto'

const sign = (secret: string, issuedAt: number) =>
  createHmac('sha256', secret).update(`contact-form:${issuedAt}`).digest('base64url')

/**
 * A form token records, signed with the app's secret, when the contact form was shown:
 * `<issued-at ms>.<signature>`. It needs no storage, and a bot cannot backdate one.
 */
export const issueFormToken = (secret: string, issuedAt = Date.now()) => `${issuedAt}.${sign(secret, issuedAt)}`

export type FormTokenCheck = { valid: false; problem: 'malformed' | 'expired' } | { valid: true; ageSeconds: number }

/** Checks a token's signature and age (`maxAgeSeconds`). Never throws. */
export const checkFormToken = (secret: string, token: unknown, maxAgeSeconds: number, now = Date.now()): FormTokenCheck => {
  const match = typeof token === 'string' ? /^(\d{1,15})\.([\w-]{43})$/.exec(token) : null
  if (!match) return { valid: false, problem: 'malformed' }
  const issuedAt = Number(match[1])
  const expected = Buffer.from(sign(secret, issuedAt))
  if (!timingSafeEqual(expected, Buffer.from(match[2]))) return { valid: false, problem: 'malformed' }
  const ageSeconds = (now - issuedAt) / 1000
  // A token from the future (clock skew between instances) counts as just issued.
  if (ageSeconds > maxAgeSeconds) return { valid: false, problem: 'expired' }
  return { valid: true, ageSeconds: Math.max(0, ageSeconds) }
}
