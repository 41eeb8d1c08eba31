import crypto from 'node:crypto'

/**
 * Payload's password hashing, which it does not export (3.90, auth/strategies/local): PBKDF2 with
 * SHA-256, 600 000 iterations and 32 bytes, stored as `pbkdf2-sha256-v1:<hex>` (since before this
 * project began; an older unprefixed hash, which Payload re-hashes at the next sign-in, never matches).
 * tests/integration/sign-in-enumeration.test.ts fails if Payload's own hashing stops matching.
 */
const prefix = 'pbkdf2-sha256-v1:'
const iterations = 600_000
const keyLength = 32

const pbkdf2 = (password: string, salt: string) =>
  new Promise<Buffer>((resolve, reject) => crypto.pbkdf2(password, salt, iterations, keyLength, 'sha256', (error, key) => (error ? reject(error) : resolve(key))))

/** Whether `password` is the one an account's `hash` and `salt` were made from, checked as Payload's login checks it. */
export const passwordMatches = async ({ hash, salt }: { hash?: unknown; salt?: unknown }, password: string): Promise<boolean> => {
  if (typeof hash !== 'string' || !hash.startsWith(prefix) || typeof salt !== 'string') return false
  const stored = Buffer.from(hash.slice(prefix.length), 'hex')
  const derived = await pbkdf2(password, salt)
  return derived.length === stored.length && crypto.timingSafeEqual(derived, stored)
}

const noAccountSalt = crypto.randomBytes(32).toString('hex')

/** The work of checking a password with no account to check it against: as long as checking a wrong one. */
export const hashAsIfChecking = async (password: string): Promise<void> => {
  await pbkdf2(password, noAccountSalt)
}
