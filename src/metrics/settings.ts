export type MetricsSettings = {
  port: number
  host: string
  token?: string
  instance?: string
}

const loopback = new Set(['127.0.0.1', '::1', 'localhost'])

/**
 * METRICS_PORT (unset: no metrics), METRICS_HOST (127.0.0.1) and METRICS_TOKEN. Throws, for the
 * start-up to report, on a port that is not one, or on a non-loopback host without a token: what
 * the metrics say (sign-in failures, backlogs) is not for the whole network.
 */
export const metricsSettings = (env: Record<string, string | undefined> = process.env): MetricsSettings | undefined => {
  if (!env.METRICS_PORT) return undefined
  const port = Number(env.METRICS_PORT)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`METRICS_PORT must be a port number, not "${env.METRICS_PORT}"`)
  const host = env.METRICS_HOST || '127.0.0.1'
  const token = env.METRICS_TOKEN || undefined
  if (!loopback.has(host) && !token) throw new Error(`METRICS_HOST=${host} serves the metrics beyond this machine: set METRICS_TOKEN too (Prometheus sends it as a bearer token)`)
  return { port, host, token, instance: env.METRICS_INSTANCE || undefined }
}
