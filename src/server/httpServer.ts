import type { Payload, SanitizedConfig } from 'payload'

import express from 'express'
import { createServer, type RequestListener } from 'node:http'
import proxyaddr from 'proxy-addr'

import { contentChanges } from '../contentChanges'
import { watchCache } from '../metrics/collectors'
import { requestMetrics, routeClassOf } from '../metrics/httpMetrics'
import { collectionSlugs, globalSlugs } from '../slugs'
import { clientAddress, trustProxy } from './clientAddress'
import { ContentCache } from './contentCache'
import { bodyLimits } from './bodyLimits'
import { nextTimedChange } from './nextTimedChange'
import { payloadRest, routedOrigin } from './payloadRest'
import { publicApi } from './publicApi'
import { type PublicApiSettings, publicApiSettings } from './publicApiSettings'
import { publicRoutes } from './publicRoutes'
import type { readiness } from './readiness'
import { bridgeChangesThroughRedis } from './redisChanges'

type Options = {
  payload: Payload
  config: Promise<SanitizedConfig>
  /** Next's request handler: admin, REST and GraphQL routes. */
  handle: RequestListener
  production: boolean
  /** What /readyz reports (src/server/readiness.ts). */
  readiness: ReturnType<typeof readiness>
  settings?: PublicApiSettings
  /** Count and time requests for /metrics (METRICS_PORT set: src/metrics/metricsServer.ts). */
  metrics?: boolean
}

/** The collections and globals anonymous callers read, whose answers may be cached (`search`: GET /api/search?q=…). */
export const publicCollections = [collectionSlugs.articles, collectionSlugs.quotes, collectionSlugs.services, collectionSlugs.providerDiscounts, collectionSlugs.media, collectionSlugs.redirects, collectionSlugs.search]
export const publicGlobals = [globalSlugs.clinicInfo]

// While Redis is unreachable, another instance's change could go unseen: answers live this long.
const degradedTtlMs = 5_000

/**
 * The HTTP server: the public API's front door (response cache, ETag, compression, CORS), then
 * Express (health routes, the intake's direct route), then `handle` for everything else.
 * `close` stops what it started (the Redis bridge, the change listener); `markNotReady` turns
 * /readyz to 503 for shutdown.
 */
export const httpServer = ({ payload, config, handle, production, readiness, settings = publicApiSettings(), metrics = false }: Options) => {
  let ready = true
  const app = express()
  app.disable('x-powered-by')
  trustProxy(app)
  app.use(clientAddress)
  const origin = routedOrigin(payload.config.serverURL)
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
  app.get('/readyz', async (_req, res) => {
    // From the moment shutdown starts: unavailable, so the load balancer stops sending requests.
    const result = ready ? await readiness.check() : { status: 'unavailable', components: {} }
    res.set('Cache-Control', 'no-store').status(result.status === 'unavailable' ? 503 : 200).json(result)
  })
  // The public intake, without Next in the way (see payloadRest).
  app.post('/api/contact-submissions', payloadRest(config, origin))
  app.use((req, res) => handle(req, res))

  const cache = settings.cache
    ? new ContentCache({
        maxBytes: settings.cacheMaxBytes,
        nextTimedChange: (after) => nextTimedChange(payload, after),
        onError: (error) => payload.logger.error(`content cache: cannot work out the next discount boundary: ${error.message}`),
      })
    : undefined
  const unwatchCache = cache && watchCache(cache)
  const purge = (_slug: string, remote: boolean) => cache?.purge(remote ? 'redis' : 'local')
  contentChanges.on('change', purge)
  const bridge =
    settings.redisUrl
      ? bridgeChangesThroughRedis({
          url: settings.redisUrl,
          // Entries stored before could outlive a change they will not hear of: dropped.
          onDegraded: (degraded) => {
            cache?.setEntryTtl(degraded ? degradedTtlMs : 0)
            if (degraded) cache?.purge('degraded')
          },
          log: payload.logger,
        })
      : undefined

  const server = createServer(
    publicApi({
      config,
      fallback: app,
      cache,
      publicCollections,
      publicGlobals,
      tokenCookie: `${payload.config.cookiePrefix}-token`,
      origin,
      corsOrigins: settings.corsOrigins,
      sharedMaxAgeSeconds: settings.sharedMaxAgeSeconds,
      clientAddress: (req) => proxyaddr(req, app.get('trust proxy fn')),
      production,
      log: payload.logger,
      observe: metrics ? requestMetrics(routeClassOf(publicRoutes(publicCollections, publicGlobals))) : undefined,
    }),
  )
  return {
    server,
    cache,
    markNotReady: () => {
      ready = false
    },
    close: () => {
      contentChanges.off('change', purge)
      unwatchCache?.()
      bridge?.close()
    },
  }
}
