import type { Payload } from 'payload'

import config from '@payload-config'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { isMongoUrl, prepareDatabase } from '../../src/database'

const handlers = {
  GET: REST_GET(config),
  POST: REST_POST(config),
  PATCH: REST_PATCH(config),
  DELETE: REST_DELETE(config),
}
const graphqlHandler = GRAPHQL_POST(config)

const base = 'http://localhost:3000/api'

/** The GraphQL type of a document id: numbers on SQLite, strings on MongoDB. */
export const idType = isMongoUrl(process.env.DATABASE_URL ?? '') ? 'String!' : 'Int!'

type Options = { body?: unknown; token?: string; headers?: Record<string, string> }

/** Calls Payload's real REST route handler in-process, exactly as Next would: its Response. */
export const restResponse = async (method: keyof typeof handlers, path: string, { body, token, headers = {} }: Options = {}) => {
  const url = new URL(base + path)
  const request = new Request(url, {
    method,
    headers: {
      ...(body === undefined || body instanceof FormData ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `JWT ${token}` } : {}),
      ...headers,
    },
    body: body === undefined || typeof body === 'string' || body instanceof FormData ? body : JSON.stringify(body),
  })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  return handlers[method](request, { params: Promise.resolve({ slug }) })
}

/** {@link restResponse} with its JSON body read. */
export const rest = async (method: keyof typeof handlers, path: string, options: Options = {}) => {
  const response = await restResponse(method, path, options)
  return { status: response.status, body: (await response.json().catch(() => null)) as any, headers: response.headers }
}

/** Calls Payload's real GraphQL route handler in-process. */
export const graphql = async (
  query: string,
  { token, variables, headers = {} }: { token?: string; variables?: object; headers?: Record<string, string> } = {},
) => {
  const request = new Request(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  })
  const response = await graphqlHandler(request)
  return { status: response.status, body: (await response.json()) as any, headers: response.headers }
}

/** Starts Payload on the test database (a fresh SQLite file, or DATABASE_URL) with its schema. */
export const startPayload = async (): Promise<Payload> => {
  const payload = await getPayload({ config })
  await prepareDatabase(payload)
  return payload
}
