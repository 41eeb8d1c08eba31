/**
 * Entry point of `npm run worker`: a process that serves nothing, and runs the job queue and
 * Payload's schedules (the staff email sweep, scheduled publishing, review and retention
 * sweeps) while it holds the jobs lease. Web instances beside it run with JOBS=off. Two workers
 * are safe: one holds the lease, the other takes over when it dies (see src/jobs/lease.ts).
 *
 * Like src/server.ts, it settles the environment before loading Payload.
 */
import { applyLocalWebsiteDefaults, checkDeploymentSettings, ensurePayloadSecret } from './env'

const deployedInProduction = process.env.NODE_ENV === 'production'
Object.assign(process.env, { NODE_ENV: 'production' })

const exitWithError = (message: string): never => {
  console.error(`Worker start-up failed: ${message.replace(/\s*\n\s*/g, ' ')}`)
  process.exit(1)
}

const settingsError = ensurePayloadSecret(deployedInProduction) ?? checkDeploymentSettings(deployedInProduction)
if (settingsError) exitWithError(settingsError)
applyLocalWebsiteDefaults(deployedInProduction)

try {
  // An embedded database belongs to one process: there, `npm start` runs the jobs itself.
  const { isMongoUrl, isPostgresUrl } = await import('./database')
  const url = process.env.DATABASE_URL ?? ''
  if (!isMongoUrl(url) && !isPostgresUrl(url)) {
    exitWithError('a separate worker needs a database server (DATABASE_URL=postgres://… or mongodb://…); on SQLite, `npm start` runs the jobs itself')
  }
  const { default: config } = await import('../payload.config')
  const { openPayload } = await import('./server/openPayload')
  const { leaseFromEnv } = await import('./jobs/lease')
  const { startJobRunner } = await import('./jobs/runner')
  const { readiness } = await import('./server/readiness')
  const { watchProcess } = await import('./metrics/collectors')
  const { metricsUrl, startMetricsServer } = await import('./metrics/metricsServer')
  const { metricsSettings } = await import('./metrics/settings')
  const metrics = metricsSettings()

  const payload = await openPayload(config)
  const log = payload.logger
  if (!process.env.REDIS_URL) log.warn('REDIS_URL is not set: this worker assumes it is the only one (set it to run two safely)')
  const lease = await leaseFromEnv({ onAcquired: () => log.info('jobs lease taken: this worker runs the jobs'), onLost: () => log.warn('jobs lease lost') })
  const runner = startJobRunner(payload, lease)
  // What /readyz would say, for the metrics only: a worker serves nothing else.
  const probe = metrics && readiness(payload)
  const metricsServer = metrics ? await startMetricsServer(metrics, 'worker') : undefined
  if (probe) watchProcess({ payload, readiness: probe, lease })
  log.info('Worker ready: running jobs and schedules while it holds the jobs lease')
  if (metricsServer) log.info(`Metrics: ${metricsUrl(metricsServer)}`)

  let stopping = false
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1)
    stopping = true
    log.info(`${signal} received: finishing the job runs in progress`)
    metricsServer?.close()
    if (probe) probe.close()
    await runner.stop()
    await payload.destroy()
    log.info('worker stopped')
    process.exit(0)
  }
  process.on('SIGTERM', (signal) => void stop(signal))
  process.on('SIGINT', (signal) => void stop(signal))
} catch (error) {
  exitWithError(error instanceof Error ? error.message : String(error))
}
