import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * True when `signature` (the X-ALT-Signature header) was made with `secret` for exactly this
 * body, less than 5 minutes ago. Pass the raw body text, before any JSON parsing.
 */
export function verifyWebhook(body: string, signature: string | null, secret: string, now = Date.now()): boolean {
  const parts = new Map((signature ?? '').split(',').map((part) => part.split('=', 2) as [string, string]))
  const t = Number(parts.get('t'))
  const v1 = parts.get('v1') ?? ''
  if (!Number.isInteger(t) || !/^[0-9a-f]{64}$/.test(v1)) return false
  if (Math.abs(now / 1000 - t) > 5 * 60) return false
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest()
  return timingSafeEqual(expected, Buffer.from(v1, 'hex'))
}
