import { createHash, timingSafeEqual } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { hostname } from 'node:os'

import { collectDefaultMetrics } from 'prom-client'

import { listen } from '../server/listen'
import type { MetricsSettings } from './settings'

import { registry } from './metrics'

/** Where a started metrics server answers, for the start-up log. */
export const metricsUrl = (server: Server) => {
  const { address, port } = server.address() as AddressInfo
  return `http://${address.includes(':') ? `[${address}]` : address}:${port}/metrics`
}

const digest = (value: string) => createHash('sha256').update(value).digest()

/**
 * `/metrics` in Prometheus's text format, on a server of its own (never the public port, its
 * front door or its cache), with the process's defaults (event-loop lag, heap, GC, handles) and
 * the `instance` and `role` labels on every series. `instance` is METRICS_INSTANCE, or this
 * host and metrics port, which is unique on a machine.
 */
export const startMetricsServer = async (settings: MetricsSettings, role: 'web' | 'worker'): Promise<Server> => {
  // Once per process: prom-client refuses to register its default metrics twice.
  if (!registry.getSingleMetric('process_cpu_seconds_total')) collectDefaultMetrics({ register: registry })
  const expected = settings.token ? digest(`Bearer ${settings.token}`) : undefined
  const server = createServer((req, res) => {
    if (expected && !timingSafeEqual(digest(req.headers.authorization ?? ''), expected)) {
      res
        .writeHead(401, {
          'WWW-Authenticate': 'Bearer realm="metrics"',
          'Content-Type': 'text/plain',
        })
        .end('Send METRICS_TOKEN as a bearer token.\n')
      return
    }
    if (req.method !== 'GET' || req.url?.split('?', 1)[0] !== '/metrics') {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Metrics are at /metrics.\n')
      return
    }
    registry.metrics().then(
      (text) =>
        res
          .writeHead(200, {
            'Content-Type': registry.contentType,
            'Cache-Control': 'no-store',
          })
          .end(text),
      (error: Error) => res.writeHead(500, { 'Content-Type': 'text/plain' }).end(`${error.message}\n`),
    )
  })
  await listen(server, settings.port, settings.host, 'METRICS_PORT')
  const { port } = server.address() as AddressInfo
  registry.setDefaultLabels({
    instance: settings.instance ?? `${hostname()}:${port}`,
    role,
  })
  return server
}
