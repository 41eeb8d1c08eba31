import type { Endpoint, SanitizedConfig } from 'payload'

import { openApiDocument } from './document'

const documents = new WeakMap<SanitizedConfig, string>()

/**
 * `GET /api/openapi.json`: the OpenAPI 3.1 document of the public API, built once per process
 * from the running config, with the ids of the running database adapter (integers on SQLite
 * and PostgreSQL, strings on MongoDB). The committed `openapi.json` is the integer-id copy.
 */
export const openApiEndpoint: Endpoint = {
  path: '/openapi.json',
  method: 'get',
  handler: (req) => {
    const { config, db } = req.payload
    if (!documents.has(config)) documents.set(config, JSON.stringify(openApiDocument(config, db.defaultIDType === 'number' ? 'number' : 'text'), null, 2))
    return new Response(documents.get(config), {
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=300' },
    })
  },
}
