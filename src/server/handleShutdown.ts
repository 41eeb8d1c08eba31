import type { Server } from 'node:http'
import type { Payload } from 'payload'

import { setTimeout as sleep } from 'node:timers/promises'

type Options = {
  server: Server
  payload: Payload
  /** Next's own resources (dev bundler, watchers). */
  closeNext: () => Promise<void>
  /** Called first, so /readyz answers 503 and a load balancer stops routing to us. */
  markNotReady: () => void
  /** Stops what runs beside requests: the job runner (after its runs in progress), probes. */
  stopBackgroundWork?: () => Promise<void>
  /** How long in-flight requests may take before their connections are cut. */
  timeoutMs?: number
}

/**
 * SIGTERM / SIGINT: stop accepting, let in-flight requests finish, close the database, exit 0.
 * A second signal exits at once.
 */
export const handleShutdown = ({ server, payload, closeNext, markNotReady, stopBackgroundWork, timeoutMs = 10_000 }: Options) => {
  const log = payload.logger
  let shuttingDown = false

  const shutdown = async (signal: NodeJS.Signals) => {
    if (shuttingDown) {
      log.warn(`${signal} received again: exiting without waiting`)
      process.exit(1)
    }
    shuttingDown = true
    markNotReady()
    log.info(`${signal} received: no longer ready, closing the HTTP server`)
    // close() also ends idle keep-alive connections (Node ≥ 19); busy ones end after their response.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    const force = setTimeout(() => {
      log.warn(`requests still running after ${timeoutMs / 1000} s: closing their connections`)
      server.closeAllConnections()
    }, timeoutMs)
    await closed
    clearTimeout(force)
    // Cut connections report 'close' a moment after the server's own close: let their request
    // log lines out before exiting.
    await sleep(10)
    log.info('HTTP server closed')
    await closeNext()
    await stopBackgroundWork?.()
    await payload.destroy()
    log.info('database connection closed: shutdown complete')
    process.exit(0)
  }

  const onSignal = (signal: NodeJS.Signals) => {
    shutdown(signal).catch((error: unknown) => {
      log.error(`shutdown failed: ${error instanceof Error ? error.message : String(error)}`)
      process.exit(1)
    })
  }
  process.on('SIGTERM', onSignal)
  process.on('SIGINT', onSignal)
}
