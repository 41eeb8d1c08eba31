/**
 * Writes openapi.json, the OpenAPI 3.1 document of the public API (integer ids, as on SQLite
 * and PostgreSQL), from the config, and examples/openapi.d.ts, the types openapi-typescript
 * makes of it for docs/frontend.md's typed client: `npm run generate:openapi`. Tests fail when
 * either is stale.
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import config from '../payload.config'
import { openApiDocument } from '../src/openapi/document'

const file = (relative: string) => fileURLToPath(new URL(`../${relative}`, import.meta.url))
writeFileSync(file('openapi.json'), JSON.stringify(openApiDocument(await config, 'number'), null, 2) + '\n')
execFileSync(file('node_modules/.bin/openapi-typescript'), [file('openapi.json'), '-o', file('examples/openapi.d.ts')], { stdio: 'ignore' })
console.log('openapi.json and examples/openapi.d.ts written')
