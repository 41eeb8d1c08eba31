/**
 * Writes openapi.json, the OpenAPI 3.1 document of the public API (integer ids, as on SQLite
 * and PostgreSQL), from the config: `npm run generate:openapi`. A test fails when it is stale.
 */
import { writeFileSync } from 'node:fs'

import config from '../payload.config'
import { openApiDocument } from '../src/openapi/document'

writeFileSync(new URL('../openapi.json', import.meta.url), JSON.stringify(openApiDocument(await config, 'number'), null, 2) + '\n')
console.log('openapi.json written')
