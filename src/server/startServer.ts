import next from 'next'

import config from '../../payload.config'
import { isDatabaseEmpty, seedClinicContent } from '../../seed/seed'
import { leaseFromEnv } from '../jobs/lease'
import { startJobRunner } from '../jobs/runner'
import { watchProcess } from '../metrics/collectors'
import { metricsUrl, startMetricsServer } from '../metrics/metricsServer'
import { metricsSettings } from '../metrics/settings'
import { buildIfMissing } from './buildIfMissing'
import { handleShutdown } from './handleShutdown'
import { httpServer } from './httpServer'
import { listen } from './listen'
import { ensureLocalWebhook } from './localWebhook'
import { openPayload } from './openPayload'
import { readiness } from './readiness'

type Options = {
  dev: boolean
  projectRoot: string
  host: string
  port: number
  /** Outside production: add the local website's webhook (src/server/localWebhook.ts). */
  localWebsite?: boolean
}

/** Payload (schema, seed) → Next → the HTTP server (httpServer) with health routes, headers, logs and shutdown. */
export const startServer = async ({ dev, projectRoot, host, port, localWebsite = false }: Options) => {
  const metrics = metricsSettings()
  const payload = await openPayload(config)
  const log = payload.logger
  if (await isDatabaseEmpty(payload)) {
    const counts = await seedClinicContent(payload)
    log.info(`Seeded the empty database: ${JSON.stringify(counts)}`)
  }
  if (localWebsite) await ensureLocalWebhook(payload)

  // After the database, so a wrong DATABASE_URL fails in seconds rather than after a build.
  if (!dev) await buildIfMissing(projectRoot, (message) => log.info(message))
  const nextApp = next({ dev, dir: projectRoot, hostname: 'localhost', port })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()

  const probe = readiness(payload)
  const { server, markNotReady, close } = httpServer({ payload, config, handle: (req, res) => handle(req, res), production: !dev, readiness: probe, metrics: Boolean(metrics) })
  await listen(server, port, host)
  // All-in-one unless JOBS=off (web instances beside `npm run worker`).
  const lease = process.env.JOBS === 'off' ? undefined : await leaseFromEnv()
  const jobs = lease && startJobRunner(payload, lease)
  const metricsServer = metrics ? await startMetricsServer(metrics, 'web') : undefined
  const unwatch = watchProcess({ payload, readiness: probe, lease })
  handleShutdown({
    server,
    payload,
    closeNext: async () => {
      close()
      await nextApp.close()
    },
    markNotReady,
    stopBackgroundWork: async () => {
      unwatch()
      metricsServer?.close()
      probe.close()
      await jobs?.stop()
    },
  })

  const origin = payload.config.serverURL || `http://localhost:${port}`
  log.info(`Ready ${process.uptime().toFixed(1)} s after start (${dev ? 'development' : 'production'}), listening on ${host}:${port}`)
  log.info(`Admin: ${origin}${payload.config.routes.admin}`)
  if (metricsServer) log.info(`Metrics: ${metricsUrl(metricsServer)}${metrics?.token ? ' (send METRICS_TOKEN as a bearer token)' : ''}`)
  if (!jobs) log.info('JOBS=off: this instance runs no jobs and handles no schedules (`npm run worker` does)')
}
