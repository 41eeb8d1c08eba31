/**
 * Entry point of `npm start` (production) and `npm run dev` (`--dev`).
 *
 * Next and Payload read NODE_ENV and PAYLOAD_SECRET while their modules evaluate, and static
 * imports evaluate before any code here runs: so this file only imports `./env` and settles the
 * environment, then loads the app itself with a dynamic import.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { applyLocalWebsiteDefaults, checkDeploymentSettings, ensurePayloadSecret } from './env'

const dev = process.argv.includes('--dev')
// A deployment is marked by the operator's own NODE_ENV=production; we set NODE_ENV for Next
// and Payload below either way, so remember the operator's choice first.
const deployedInProduction = process.env.NODE_ENV === 'production'
// Object.assign: Next's types declare NODE_ENV read-only.
Object.assign(process.env, { NODE_ENV: dev ? 'development' : 'production' })

/** Start-up failures are the operator's to fix: one line, no stack, exit code 1. */
const exitWithError = (message: string): never => {
  console.error(`Start-up failed: ${message.replace(/\s*\n\s*/g, ' ')}`)
  process.exit(1)
}

const settingsError = ensurePayloadSecret(deployedInProduction) ?? checkDeploymentSettings(deployedInProduction)
if (settingsError) exitWithError(settingsError)
const localWebsite = applyLocalWebsiteDefaults(deployedInProduction)

try {
  const { startServer } = await import('./server/startServer')
  await startServer({
    dev,
    projectRoot: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'),
    host: process.env.HOST || '0.0.0.0',
    port: Number(process.env.PORT || 3000),
    localWebsite,
  })
} catch (error) {
  exitWithError(error instanceof Error ? error.message : String(error))
}
