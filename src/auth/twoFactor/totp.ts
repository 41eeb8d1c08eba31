import { createHash, randomBytes } from 'node:crypto'

import { generateSecret, generateURI, verify } from 'otplib'
import QRCode from 'qrcode'

/** The issuer an authenticator app shows beside the account. */
const issuer = 'ALT.'

export const newTotpSecret = (): string => generateSecret()

/** The otpauth:// address and its QR code as an SVG data URL, drawn on this server (no third party sees the secret). */
export const enrolmentQr = async (email: string, secret: string): Promise<{ otpauthUrl: string; qrCode: string }> => {
  const otpauthUrl = generateURI({ issuer, label: email, secret })
  const svg = await QRCode.toString(otpauthUrl, { type: 'svg', margin: 2 })
  return { otpauthUrl, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` }
}

/**
 * The 30 s time step a six-digit code from the authenticator belongs to (otplib's `timeStep`:
 * Unix seconds / 30), or null when it matches none; one step either side tolerates clock drift.
 */
export const totpTimeStep = async (secret: string, code: string): Promise<number | null> => {
  if (!/^\d{6}$/.test(code)) return null
  const result = await verify({ secret, token: code, epochTolerance: 30 })
  return result.valid && 'timeStep' in result ? result.timeStep : null
}

// Recovery codes carry 50 random bits each, so a fast hash is enough: guessing, not hashing,
// is the bottleneck, and a slow hash would only slow down the person locked out of their phone.
export const hashRecoveryCode = (code: string): string =>
  createHash('sha256').update(code.replace(/[\s-]/g, '').toUpperCase()).digest('hex')

const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** Ten single-use recovery codes like `K7QP2-MZ4TX`, shown once; only their hashes are stored. */
export const newRecoveryCodes = (): string[] =>
  Array.from({ length: 10 }, () => {
    const chars = [...randomBytes(10)].map((byte) => alphabet[byte % alphabet.length]).join('')
    return `${chars.slice(0, 5)}-${chars.slice(5)}`
  })
