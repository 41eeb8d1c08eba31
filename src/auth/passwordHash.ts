import crypto from 'node:crypto'

/**
 * Payload's password hashing, which it does not export (3.90: auth/strategies/local): PBKDF2 with
 * SHA-256, 600 000 iterations and 32 bytes, stored as `pbkdf2-sha256-v1:<hex>`; older hashes have
 * no prefix and used 25 000 iterations and 512 bytes (Payload re-hashes them at the next login).
 * tests/integration/sign-in-enumeration.test.ts fails if Payload's own hashing stops matching.
 */
const current = { prefix: 'pbkdf2-sha256-v1:', iterations: 600_000, keyLength: 32 }
const legacy = { iterations: 25_000, keyLength: 512 }

const pbkdf2 = (password: string, salt: string, iterations: number, keyLength: number) =>
  new Promise<Buffer>((resolve, reject) => crypto.pbkdf2(password, salt, iterations, keyLength, 'sha256', (error, key) => (error ? reject(error) : resolve(key))))

/** Whether `password` is the one an account's `hash` and `salt` were made from, checked as Payload's login checks it. */
export const passwordMatches = async ({ hash, salt }: { hash?: unknown; salt?: unknown }, password: string): Promise<boolean> => {
  if (typeof hash !== 'string' || typeof salt !== 'string') return false
  const isCurrent = hash.startsWith(current.prefix)
  const { iterations, keyLength } = isCurrent ? current : legacy
  const stored = Buffer.from(isCurrent ? hash.slice(current.prefix.length) : hash, 'hex')
  const derived = await pbkdf2(password, salt, iterations, keyLength)
  return derived.length === stored.length && crypto.timingSafeEqual(derived, stored)
}

const noAccountSalt = crypto.randomBytes(32).toString('hex')

/** The work of checking a password with no account to check it against: as long as checking a wrong one. */
export const hashAsIfChecking = async (password: string): Promise<void> => {
  await pbkdf2(password, noAccountSalt, current.iterations, current.keyLength)
}
