import { clinicContent } from '@alt-clinic/payload-clinic-content'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: process.env.PAYLOAD_SECRET || '',
  serverURL: process.env.SERVER_URL || '',
  db: sqliteAdapter({
    client: { url: process.env.DATABASE_URI || 'file:./clinic.db' },
    migrationDir: path.resolve(dirname, 'migrations'),
  }),
  editor: lexicalEditor(),
  sharp,
  admin: { importMap: { baseDir: dirname } },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  plugins: [clinicContent()],
})
