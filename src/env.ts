import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { metricsSettings } from './metrics/settings'

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

/**
 * Settings a deployment must get right, checked before Payload loads; an error message, or
 * undefined. `SERVER_URL` is the origin of the admin and of the links in emails: Payload then
 * accepts its session cookie only on requests from that origin (its CSRF check), so a
 * deployment must set it. `EMAIL_TO_LOG=full` writes whole emails, password-reset links
 * included, to the log: for a local install without SMTP, never for a deployment.
 */
export const checkDeploymentSettings = (deployedInProduction: boolean): string | undefined => {
  const serverUrl = process.env.SERVER_URL
  if (serverUrl) {
    const origin = URL.parse(serverUrl)?.origin
    if (origin !== serverUrl || !/^https?:/.test(origin)) {
      return `SERVER_URL must be the admin's origin (scheme, host and port only, e.g. https://content.alt.clinic), not "${serverUrl}"${origin && origin !== 'null' ? `: did you mean ${origin}?` : ''}`
    }
  } else if (deployedInProduction) {
    return 'SERVER_URL is required when NODE_ENV=production: set it to the origin staff open the admin on, e.g. https://content.alt.clinic (sign-in cookies are accepted from that origin only).'
  }
  const emailToLog = process.env.EMAIL_TO_LOG
  if (emailToLog && emailToLog !== 'full') return `EMAIL_TO_LOG must be "full" or unset, not "${emailToLog}"`
  if (emailToLog && deployedInProduction) {
    return 'EMAIL_TO_LOG=full writes password-reset links to the log, so it is for local development only, never with NODE_ENV=production: set SMTP_HOST instead.'
  }
  try {
    metricsSettings()
  } catch (error) {
    return (error as Error).message
  }
  return undefined
}

/**
 * The reference website (examples/website, `npm run website`) on this machine. Outside
 * production it works with no setting: the admin's Preview and Live Preview open it, it may
 * call the API from the browser (the contact form), the sitemap and JSON-LD name its pages, and
 * `npm start` adds a webhook that tells it of every change (src/server/localWebhook.ts), signed
 * with a secret the site knows (examples/website/lib/settings.ts). A deployment sets its own.
 */
export const localWebsite = { origin: 'http://localhost:3001', webhookSecret: 'whsec_local-development-website-only' } as const

/**
 * Outside production, PREVIEW_URL, SITE_URL, CORS_ORIGINS and WEBHOOK_ALLOWED_ORIGINS default to
 * the local website's origin (a value set, even empty, is kept). Returns whether it applied.
 */
export const applyLocalWebsiteDefaults = (deployedInProduction: boolean): boolean => {
  if (deployedInProduction) return false
  for (const name of ['PREVIEW_URL', 'SITE_URL', 'CORS_ORIGINS', 'WEBHOOK_ALLOWED_ORIGINS']) process.env[name] ??= localWebsite.origin
  return true
}
