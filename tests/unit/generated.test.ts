import { configToSchema } from '@payloadcms/graphql'
import { printSchema } from 'graphql'
import { readFileSync } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { generateTypes } from 'payload/node'

import configPromise from '../../payload.config'
import { isMongoUrl } from '../../src/database'

// Both files are generated from the config on the embedded (SQLite) database, whose ids are
// numbers; on MongoDB ids are strings, so the comparison only means something on SQLite.
const onMongo = isMongoUrl(process.env.DATABASE_URL ?? '')
const sqliteOnly = onMongo ? test.skip : test
const regenerate = 'Run `npm run generate:types` and `npm run generate:graphql`, then commit the result.'

sqliteOnly('src/payload-types.ts matches the config (skipped on MongoDB: string ids)', async () => {
  const config = await configPromise
  const outputFile = path.join(await mkdtemp(path.join(tmpdir(), 'types-')), 'payload-types.ts')
  process.env.PAYLOAD_TS_OUTPUT_PATH = outputFile
  await generateTypes(config, { log: false })
  const fresh = await readFile(outputFile, 'utf8')
  const committed = readFileSync(config.typescript.outputFile, 'utf8')
  expect({ upToDate: fresh === committed, fix: regenerate }).toEqual({ upToDate: true, fix: regenerate })
})

sqliteOnly('src/schema.graphql matches the config (skipped on MongoDB: string ids)', async () => {
  const config = await configPromise
  const fresh = printSchema(configToSchema(config).schema)
  const committed = readFileSync(config.graphQL.schemaOutputFile, 'utf8')
  expect({ upToDate: fresh === committed, fix: regenerate }).toEqual({ upToDate: true, fix: regenerate })
})
