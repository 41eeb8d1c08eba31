import express from 'express'
import next from 'next'

import config from '../../payload.config'
import { isDatabaseEmpty, seedContent } from '../../seed/seed'
import { leaseFromEnv } from '../jobs/lease'
import { startJobRunner } from '../jobs/runner'
import { collectionSlugs } from '../slugs'
import { bodyLimits } from './bodyLimits'
import { buildIfMissing } from './buildIfMissing'
import { clientAddress, trustProxy } from './clientAddress'
import { handleShutdown } from './handleShutdown'
import { listen } from './listen'
import { openPayload } from './openPayload'
import { payloadRest } from './payloadRest'
import { readiness } from './readiness'
import { requestLog } from './requestLog'
import { securityHeaders } from './securityHeaders'

type Options = { dev: boolean; projectRoot: string; host: string; port: number }

/** Payload (schema, seed) → Next → Express with health routes, headers, logs and shutdown. */
export const startServer = async ({ dev, projectRoot, host, port }: Options) => {
  const payload = await openPayload(config)
  const log = payload.logger
  if (await isDatabaseEmpty(payload)) {
    const counts = await seedContent(payload)
    log.info(`Seeded the empty database: ${JSON.stringify(counts)}`)
  }

  // After the database, so a wrong DATABASE_URL fails in seconds rather than after a build.
  if (!dev) await buildIfMissing(projectRoot, (message) => log.info(message))
  const nextApp = next({ dev, dir: projectRoot, hostname: 'localhost', port })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()

  let ready = true
  const app = express()
  app.disable('x-powered-by')
  trustProxy(app)
  app.use(clientAddress, requestLog, securityHeaders(!dev))
  const { intakeMaxBodyBytes } = payload.config.custom.clinicContent as { intakeMaxBodyBytes: number }
  app.use(
    bodyLimits([
      { method: 'POST', path: new RegExp(`^/api/${collectionSlugs.contactSubmissions}/?$`), maxBytes: intakeMaxBodyBytes },
      // Uploads: Payload's own limit is 20 MiB a file; the form around it is small.
      { path: new RegExp(`^/api/${collectionSlugs.media}(/|$)`), maxBytes: 21 * 1024 * 1024 },
    ]),
  )
  app.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' })
  })
  const probe = readiness(payload)
  app.get('/readyz', async (_req, res) => {
    // From the moment shutdown starts: unavailable, so the load balancer stops sending requests.
    const result = ready ? await probe.check() : { status: 'unavailable', components: {} }
    res.set('Cache-Control', 'no-store').status(result.status === 'unavailable' ? 503 : 200).json(result)
  })
  // The public intake, without Next in the way (see payloadRest). Everything else, bodies
  // untouched, is Next's: admin, REST and GraphQL routes.
  app.post('/api/contact-submissions', payloadRest(config))
  app.use((req, res) => handle(req, res))

  const server = await listen(app, port, host)
  // All-in-one unless JOBS=off (web instances beside `npm run worker`).
  const jobs = process.env.JOBS === 'off' ? undefined : startJobRunner(payload, await leaseFromEnv())
  const stopBackgroundWork = async () => {
    probe.close()
    await jobs?.stop()
  }
  handleShutdown({ server, payload, closeNext: () => nextApp.close(), markNotReady: () => (ready = false), stopBackgroundWork })

  const origin = payload.config.serverURL || `http://localhost:${port}`
  log.info(`Ready ${process.uptime().toFixed(1)} s after start (${dev ? 'development' : 'production'}), listening on ${host}:${port}`)
  log.info(`Admin: ${origin}${payload.config.routes.admin}`)
  if (!jobs) log.info('JOBS=off: this instance runs no jobs and handles no schedules (`npm run worker` does)')
}
