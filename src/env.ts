import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Where the embedded database, uploads and the local secret live (git-ignored). */
export const dataDir = path.resolve(process.env.DATA_DIR ?? 'data')

/**
 * `PAYLOAD_SECRET` signs logins. A deployment (`NODE_ENV=production`) must bring its own; a
 * local run gets a random one, kept in `data/.payload-secret` so logins survive restarts.
 * Returns an error message instead of throwing so callers can print it as one line.
 */
export const ensurePayloadSecret = (deployedInProduction: boolean): string | undefined => {
  if (process.env.PAYLOAD_SECRET) return undefined
  if (deployedInProduction) return 'PAYLOAD_SECRET is required when NODE_ENV=production: set it to a long random string.'
  const file = path.join(dataDir, '.payload-secret')
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  process.env.PAYLOAD_SECRET = readFileSync(file, 'utf8').trim()
  return undefined
}
