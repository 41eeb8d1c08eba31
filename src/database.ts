import type { DatabaseAdapterObj, Payload } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { migrations } from './migrations/sqlite'
import { dataDir } from './env'

export const defaultDatabaseUrl = `file:${path.join(dataDir, 'alt.db')}`

export const isMongoUrl = (url: string) => /^mongodb(\+srv)?:\/\//.test(url)

/** `mongodb://u:secret@host/db` → `mongodb://u:***@host/db`, for logs and errors. */
export const redactUrl = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')

/**
 * Picks the adapter from `DATABASE_URL`: unset or `file:` → embedded SQLite, `mongodb://` or
 * `mongodb+srv://` → MongoDB. Anything else is refused rather than guessed.
 */
export const databaseAdapter = (url = process.env.DATABASE_URL || defaultDatabaseUrl): DatabaseAdapterObj => {
  if (isMongoUrl(url)) {
    return mongooseAdapter({
      url,
      // FerretDB and other MongoDB-compatible servers lack $lookup; real MongoDB can opt in.
      useJoinAggregations: process.env.MONGODB_JOIN_AGGREGATIONS === 'true',
    })
  }
  if (!url.startsWith('file:')) {
    throw new Error(`DATABASE_URL must start with file:, mongodb:// or mongodb+srv:// (got "${redactUrl(url)}")`)
  }
  // SQLite creates the file but not its folder (a fresh clone has no ./data yet).
  mkdirSync(path.dirname(path.resolve(url.replace(/^file:(\/\/)?/, ''))), { recursive: true })
  return sqliteAdapter({
    client: { url },
    // The schema comes from committed migrations in every mode, so dev and start never disagree.
    push: false,
    migrationDir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'migrations/sqlite'),
  })
}

/** Brings the schema up to date: SQLite runs pending migrations; MongoDB needs none. */
export const prepareDatabase = async (payload: Payload) => {
  if (payload.db.name === 'sqlite') await payload.db.migrate({ migrations })
}
