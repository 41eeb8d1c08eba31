import { createHmac, randomBytes } from 'node:crypto'

/** A new webhook secret: 32 random bytes, hex. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('hex')}`

/**
 * The `X-ALT-Signature` header of a delivery: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`.
 * The time is signed with the body, so a receiver can refuse old (replayed) deliveries.
 */
export const webhookSignature = (secret: string, body: string, seconds = Math.floor(Date.now() / 1000)) =>
  `t=${seconds},v1=${createHmac('sha256', secret).update(`${seconds}.${body}`).digest('hex')}`
