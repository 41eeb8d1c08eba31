import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, defaultLoggerOptions } from 'payload'
import sharp from 'sharp'

import { databaseAdapter } from './src/database'
import { clinicContent } from './src/plugin'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** The reference app: the clinic plugin on a database chosen by DATABASE_URL. */
export default buildConfig({
  serverURL: process.env.SERVER_URL ?? '',
  secret: process.env.PAYLOAD_SECRET ?? '',
  db: databaseAdapter(),
  editor: lexicalEditor(),
  sharp,
  telemetry: false,
  // JSON lines in production (for log collectors), Payload's readable format otherwise.
  logger: {
    options: { level: process.env.LOG_LEVEL ?? 'info' },
    destination: process.env.NODE_ENV === 'production' ? undefined : defaultLoggerOptions,
  },
  admin: {
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · ALT.' },
  },
  // Types are generated on purpose (npm run generate:types) and a test fails when they are stale.
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts'), autoGenerate: false },
  graphQL: { schemaOutputFile: path.resolve(dirname, 'src/schema.graphql') },
  // Scheduled publishing and the plugin's scheduled tasks run inside the server process, every
  // minute; tests run the queue themselves (payload.jobs.run) instead.
  jobs: {
    autoRun: [{ cron: '* * * * *', queue: 'default' }],
    shouldAutoRun: () => process.env.NODE_ENV !== 'test',
  },
  plugins: [clinicContent()],
})
