import type { DatabaseAdapterObj, Migration, Payload } from 'payload'

import { mongooseAdapter, type MongooseAdapter } from '@payloadcms/db-mongodb'
import { type PostgresAdapter, postgresAdapter } from '@payloadcms/db-postgres'
import { type SQLiteAdapter, sqliteAdapter } from '@payloadcms/db-sqlite'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { sealStoredSecrets } from './fields/encryptedText'
import { fillEmptySearchIndex } from './search/searchIndex'
import { migrations as postgresMigrations } from './migrations/postgres'
import { migrations } from './migrations/sqlite'
import { oneWriterAtATime, type SqliteWriter } from './sqliteWriter'
import { dataDir } from './env'

export const defaultDatabaseUrl = `file:${path.join(dataDir, 'alt.db')}`

/** The database this process uses: `DATABASE_URL`, else SQLite in the data folder. */
export const databaseUrl = () => process.env.DATABASE_URL || defaultDatabaseUrl

/** The file of a SQLite `file:` URL (`file:./data/alt.db`, `file:///srv/alt.db`). */
export const sqliteFile = (url: string) => path.resolve(url.replace(/^file:(\/\/)?/, ''))

export const isMongoUrl = (url: string) => /^mongodb(\+srv)?:\/\//.test(url)

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url)

const migrationDir = (name: string) => path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'migrations', name)

/** `mongodb://u:secret@host/db` → `mongodb://u:***@host/db`, for logs and errors. */
export const redactUrl = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')

/**
 * FerretDB v1 (CI's MongoDB stand-in, scripts/ferretdb.sh) rejects a findAndModify that has a
 * projection ("findAndModify: support for field "fields" … is not implemented yet"), which the
 * adapter sends whenever Payload updates with `select`: counting failed logins (a wrong password
 * became a 500 and accounts never locked) and `payload.kv.set` (the seed's bookkeeping). On
 * FerretDB only (its buildInfo names it), updates return whole documents instead; real MongoDB
 * is untouched.
 */
const returnWholeDocumentsOnFerretDB = async (adapter: MongooseAdapter) => {
  const info = await adapter.connection.db?.admin().command({ buildInfo: 1 })
  if (!info?.ferretdbVersion) return
  const updateOne = adapter.updateOne
  adapter.updateOne = (args: Parameters<typeof updateOne>[0]) => updateOne.call(adapter, { ...args, select: undefined })
}

/**
 * Picks the adapter from `DATABASE_URL`: unset or `file:` → embedded SQLite, `mongodb://` or
 * `mongodb+srv://` → MongoDB, `postgres://` or `postgresql://` → PostgreSQL. Anything else is
 * refused rather than guessed.
 */
export const databaseAdapter = (url = databaseUrl()): DatabaseAdapterObj => {
  if (isMongoUrl(url)) {
    return mongooseAdapter({
      url,
      // FerretDB and other MongoDB-compatible servers lack $lookup; real MongoDB can opt in.
      useJoinAggregations: process.env.MONGODB_JOIN_AGGREGATIONS === 'true',
      afterOpenConnection: returnWholeDocumentsOnFerretDB,
      // An unreachable server fails start-up (and queries) after 10 s instead of the driver's 30 s.
      connectOptions: { serverSelectionTimeoutMS: 10_000 },
    })
  }
  if (isPostgresUrl(url)) {
    const adapter = postgresAdapter({
      pool: { connectionString: url, connectionTimeoutMillis: 10_000 },
      // The schema comes from committed migrations (src/migrations/postgres), as on SQLite.
      push: false,
      migrationDir: migrationDir('postgres'),
    })
    // When PostgreSQL ends the sessions (a restart, a failover, an administrator), pg's pool
    // reports each idle connection's error as its own 'error' event, which the adapter does not
    // listen to: unheard, it ends the process. The pool drops those connections and opens new
    // ones on the next query, so a warning is all it takes.
    const init = adapter.init
    adapter.init = (args) => {
      const db = init(args) as PostgresAdapter
      const connect = db.connect!
      db.connect = async function (this: PostgresAdapter, options) {
        await connect.call(this, options)
        if (this.pool.listenerCount('error') === 0) {
          this.pool.on('error', (error) => this.payload.logger.warn(`PostgreSQL closed an idle connection (${error.message}); the next query opens a new one`))
        }
      }
      return db
    }
    return adapter
  }
  if (!url.startsWith('file:')) {
    throw new Error(`DATABASE_URL must start with file:, mongodb://, mongodb+srv:// or postgres:// (got "${redactUrl(url)}")`)
  }
  const file = sqliteFile(url)
  // SQLite creates the file but not its folder (a fresh clone has no ./data yet).
  mkdirSync(path.dirname(file), { recursive: true })
  const adapter = sqliteAdapter({
    client: { url },
    // The schema comes from committed migrations in every mode, so dev and start never disagree.
    push: false,
    // Write-ahead log: readers never wait for a writer, and a commit appends to the log instead
    // of rewriting pages. Every write goes through oneWriterAtATime, which has each one on disk
    // before it resolves, so a submission answered 201 survives a crash or a power cut.
    wal: { synchronous: 'NORMAL' },
    // Without this the adapter runs no transactions at all: each write commits (and syncs) on
    // its own, so a submission with spam reasons takes several syncs, and a change to a
    // submission could be stored without its audit event.
    transactionOptions: {},
    // Ids are never reused: SQLite would otherwise give a new row the id of the newest deleted
    // one, and audit events (which name submissions by id) would seem to be about the new one.
    autoIncrement: true,
    migrationDir: migrationDir('sqlite'),
  })
  // Writes take turns on a connection of their own (see oneWriterAtATime), and the operation
  // that begins a transaction owns its turn: Payload calls beginTransaction synchronously from
  // the operation, which is where the claim must be made to cover everything it then awaits.
  const init = adapter.init
  adapter.init = (args) => {
    const db = init(args)
    const connect = db.connect!
    let writer: SqliteWriter | undefined
    db.connect = async function (options) {
      const first = !this.client
      await connect.call(this, options)
      if (first) writer = oneWriterAtATime(this.client, file, { warn: (message) => this.payload.logger.warn(message) })
    }
    const beginTransaction = db.beginTransaction
    db.beginTransaction = function (options) {
      writer?.ownNextTransaction()
      return beginTransaction.call(this, options)
    }
    return db
  }
  return adapter
}

/** Any number: the same in every process, so all of them contend for the same lock. */
const migrationLockKey = 7_220_412

/**
 * PostgreSQL: pending migrations run under an advisory lock, so instances starting together
 * migrate one after another (the later ones find nothing left to do) instead of racing to
 * create the same tables.
 */
const migratePostgres = async (payload: Payload, wanted: Migration[]) => {
  const lock = await (payload.db as unknown as PostgresAdapter).pool.connect()
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [migrationLockKey])
    await payload.db.migrate({ migrations: wanted })
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [migrationLockKey]).catch(() => undefined)
    lock.release()
  }
}

/**
 * Brings the database up to date: the schema (see {@link migrateSchema}), then the secrets still
 * stored in plaintext by earlier versions are encrypted ({@link sealStoredSecrets}), on every
 * database alike, MongoDB included, which has no migrations here. `wanted` (the migrations test)
 * may leave the schema short of the secrets' columns: then only the schema is touched.
 */
export const prepareDatabase = async (payload: Payload, wanted?: Migration[]) => {
  await migrateSchema(payload, wanted)
  if (!wanted) {
    await sealStoredSecrets(payload)
    // Content from before site search is indexed once (src/search/searchIndex.ts).
    await fillEmptySearchIndex(payload)
  }
}

/**
 * Brings the schema up to date: SQLite and PostgreSQL run their pending migrations (by default
 * all of ours); MongoDB needs none. Generated SQLite migrations rebuild a table (create a copy,
 * move the rows, drop the old one) between `PRAGMA foreign_keys=OFF` and `ON`, but Payload runs
 * each migration in a transaction, where that pragma does nothing: dropping the old table would
 * then delete or empty every row that refers to it (relationships, versions, search texts). So
 * foreign keys are off for the whole run, and every reference is checked once it is over. With
 * nothing to run (most starts), none of that happens.
 */
const migrateSchema = async (payload: Payload, wanted?: Migration[]) => {
  if (payload.db.name === 'postgres') return migratePostgres(payload, wanted ?? (postgresMigrations as unknown as Migration[]))
  if (payload.db.name !== 'sqlite') return
  wanted ??= migrations as unknown as Migration[]
  const { client } = payload.db as unknown as SQLiteAdapter
  // A new database has no payload_migrations table yet: everything is pending.
  const done = await client.execute('SELECT name FROM payload_migrations').then(
    (result) => new Set(result.rows.map((row) => row.name)),
    () => new Set(),
  )
  if (wanted.every((migration) => done.has(migration.name))) return
  await client.execute('PRAGMA foreign_keys = OFF')
  try {
    await payload.db.migrate({ migrations: wanted })
  } finally {
    await client.execute('PRAGMA foreign_keys = ON')
  }
  const broken = await client.execute('PRAGMA foreign_key_check')
  if (broken.rows.length > 0) {
    const tables = [...new Set(broken.rows.map((row) => row.table))].join(', ')
    throw new Error(`The migrations left ${broken.rows.length} rows referring to rows that do not exist (in ${tables})`)
  }
}
