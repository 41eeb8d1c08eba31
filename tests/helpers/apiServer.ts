import type { Server } from 'node:http'

import config from '@payload-config'
import express from 'express'

import { clientAddress, trustProxy } from '../../src/server/clientAddress'
import { listen } from '../../src/server/listen'
import { payloadRest } from '../../src/server/payloadRest'
import { securityHeaders } from '../../src/server/securityHeaders'
import { freePort } from './serverProcess'

/**
 * The Express host's edge (client address, production security headers) in front of Payload's
 * REST handler, on a loopback port: a real HTTP server for the API without a Next build. The
 * proxy on loopback is trusted, so a test can pick its client address with X-Forwarded-For.
 */
export const startApiServer = async () => {
  const app = express()
  trustProxy(app, 'loopback')
  app.use(clientAddress, securityHeaders(true), payloadRest(config))
  const port = await freePort()
  const server: Server = await listen(app, port, '127.0.0.1')
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    }),
  }
}
