import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
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
  admin: {
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · ALT.' },
  },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  graphQL: { schemaOutputFile: path.resolve(dirname, 'src/schema.graphql') },
  plugins: [clinicContent()],
})
