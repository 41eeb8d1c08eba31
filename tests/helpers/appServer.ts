import type { Payload } from 'payload'

import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { AddressInfo } from 'node:net'

import { httpServer } from '../../src/server/httpServer'
import { payloadRest, routedOrigin, sendWebResponse, toWebRequest } from '../../src/server/payloadRest'
import { type PublicApiSettings, publicApiSettings } from '../../src/server/publicApiSettings'
import { readiness } from '../../src/server/readiness'

/**
 * The app's HTTP server (src/server/httpServer.ts: the public API's front door, then Express) in
 * this process on a free port, with Payload's own REST and GraphQL handlers where Next's routes
 * would call them (Next itself needs a build: tests/stress start the real server for that).
 */
export const startAppServer = async (payload: Payload, settings: Partial<PublicApiSettings> = {}, { metrics = false }: { metrics?: boolean } = {}) => {
  const origin = routedOrigin(payload.config.serverURL)
  const rest = payloadRest(config, origin)
  const graphql = GRAPHQL_POST(config)
  const app = httpServer({
    payload,
    config,
    production: true,
    metrics,
    readiness: readiness(payload, {}),
    settings: { ...publicApiSettings({} as NodeJS.ProcessEnv), ...settings },
    handle: (req, res) => {
      if (req.url?.startsWith('/api/graphql')) return void graphql(toWebRequest(req, { origin })).then((response) => sendWebResponse(res, response))
      void rest(req as never, res as never, () => res.writeHead(500).end())
    },
  })
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve))
  const { port } = app.server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`
  return {
    url,
    ...overHttp(url),
    cache: app.cache,
    close: async () => {
      app.close()
      app.server.closeAllConnections()
      await new Promise((resolve) => app.server.close(resolve))
    },
  }
}

type Options = { body?: unknown; token?: string; headers?: Record<string, string> }

/**
 * `rest` and `graphql` as in tests/helpers/api.ts (same arguments, same answers), sent to a
 * running server over HTTP, so the front door, Express (the client address) and Payload all run.
 */
export const overHttp = (url: string) => {
  const send = async (method: string, path: string, { body, token, headers = {} }: Options) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `JWT ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: response.status, body: (await response.json().catch(() => null)) as any, headers: response.headers }
  }
  return {
    rest: (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, options: Options = {}) => send(method, `/api${path}`, options),
    graphql: (query: string, { variables, ...options }: Omit<Options, 'body'> & { variables?: object } = {}) =>
      send('POST', '/api/graphql', { ...options, body: { query, variables } }),
  }
}
