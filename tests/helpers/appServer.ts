import type { Payload } from 'payload'

import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { AddressInfo } from 'node:net'

import { httpServer } from '../../src/server/httpServer'
import { payloadRest, sendWebResponse, toWebRequest } from '../../src/server/payloadRest'
import { type PublicApiSettings, publicApiSettings } from '../../src/server/publicApiSettings'
import { readiness } from '../../src/server/readiness'

/**
 * The app's HTTP server (src/server/httpServer.ts: the public API's front door, then Express) in
 * this process on a free port, with Payload's own REST and GraphQL handlers where Next's routes
 * would call them (Next itself needs a build: tests/stress start the real server for that).
 */
export const startAppServer = async (payload: Payload, settings: Partial<PublicApiSettings> = {}) => {
  const rest = payloadRest(config)
  const graphql = GRAPHQL_POST(config)
  const app = httpServer({
    payload,
    config,
    production: true,
    readiness: readiness(payload, {}),
    settings: { ...publicApiSettings({} as NodeJS.ProcessEnv), ...settings },
    handle: (req, res) => {
      if (req.url?.startsWith('/api/graphql')) return void graphql(toWebRequest(req)).then((response) => sendWebResponse(res, response))
      void rest(req as never, res as never, () => res.writeHead(500).end())
    },
  })
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve))
  const { port } = app.server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`
  /** JSON over HTTP to this server, signed in with `token` if given: the status, headers and parsed body. */
  const call = async (method: string, path: string, { body, token }: { body?: unknown; token?: string } = {}) => {
    const response = await fetch(url + path, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `JWT ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: response.status, headers: response.headers, body: (await response.json().catch(() => null)) as any }
  }
  return {
    url,
    call,
    /** A GraphQL query or mutation over HTTP (see `call`). */
    graphql: (query: string, { token, variables }: { token?: string; variables?: object } = {}) => call('POST', '/api/graphql', { body: { query, variables }, token }),
    cache: app.cache,
    close: async () => {
      app.close()
      app.server.closeAllConnections()
      await new Promise((resolve) => app.server.close(resolve))
    },
  }
}
