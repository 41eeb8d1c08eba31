import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, defaultLoggerOptions } from 'payload'
import sharp from 'sharp'

import { databaseAdapter } from './src/database'
import { smtpEmailAdapter } from './src/email'
import { emailToLog } from './src/emailToLog'
import { clinicContent } from '@alt-clinic/payload-clinic-content'
import { mediaStorage } from './src/storage'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** A number from the environment, or undefined when unset (the plugin refuses a bad one at start). */
const envNumber = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined)

/** The reference app: the clinic plugin on a database chosen by DATABASE_URL. */
export default buildConfig({
  serverURL: process.env.SERVER_URL ?? '',
  // CORS for frontends is the server's (src/server/publicApi.ts, CORS_ORIGINS), never with
  // credentials: Payload adds none of its own. Its CSRF list is the server's own origin (Payload
  // adds SERVER_URL, which production requires: src/env.ts), so Payload reads the staff's cookie
  // only on requests from the admin's origin (or, without an Origin, marked same-site by the browser).
  cors: [],
  csrf: [],
  secret: process.env.PAYLOAD_SECRET ?? '',
  db: databaseAdapter(),
  editor: lexicalEditor(),
  sharp,
  email: smtpEmailAdapter() ?? emailToLog(process.env.EMAIL_TO_LOG === 'full' ? 'full' : 'notice'),
  telemetry: false,
  // JSON lines in production (for log collectors), Payload's readable format otherwise.
  logger: {
    options: { level: process.env.LOG_LEVEL ?? 'info' },
    destination: process.env.NODE_ENV === 'production' ? undefined : defaultLoggerOptions,
  },
  admin: {
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: {
      titleSuffix: ' · ALT.',
      description: 'Content and contact submissions of the ALT. clinic.',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/favicon.svg' }],
      // Payload's defaults would name "Payload App" and link its own picture.
      openGraph: { siteName: 'ALT.', title: 'ALT.', description: 'Content and contact submissions of the ALT. clinic.' },
      defaultOGImageType: 'off',
    },
    components: {
      graphics: { Logo: '/components/brand/Logo#Logo', Icon: '/components/brand/Icon#Icon' },
      beforeNavLinks: ['/components/brand/NavBrand#NavBrand'],
    },
  },
  // Types are generated on purpose (npm run generate:types) and a test fails when they are stale.
  // `declare: false`: the package ships these types (its ./types entry), and a host app must not get
  // this app's `declare module 'payload'`; the app declares it for itself in src/payloadTypes.d.ts.
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts'), autoGenerate: false, declare: false },
  graphQL: { schemaOutputFile: path.resolve(dirname, 'src/schema.graphql') },
  // Jobs run through src/jobs/runner.ts (started by `npm start` and `npm run worker`, one
  // process at a time), not Payload's jobs.autoRun, which would run them in every instance.
  plugins: [
    clinicContent({
      intake: {
        rateLimit: {
          perMinute: envNumber('CONTACT_RATE_LIMIT_PER_MINUTE'),
          perDay: envNumber('CONTACT_RATE_LIMIT_PER_DAY'),
          redisUrl: process.env.REDIS_URL || undefined,
        },
        retentionDays: envNumber('CONTACT_RETENTION_DAYS'),
        spamRetentionDays: envNumber('CONTACT_SPAM_RETENTION_DAYS'),
      },
      signInLimits: { redisUrl: process.env.REDIS_URL || undefined },
    }),
    mediaStorage(),
  ],
})
