/**
 * `npm run backup [file]` and `npm run restore <file>`: the SQLite database (`DATABASE_URL`, else
 * `DATA_DIR/alt.db`) copied out while the server runs, and put back while it does not.
 * PostgreSQL and MongoDB have their own tools (pg_dump, mongodump): see docs/operations.md.
 *
 * The backup is `VACUUM INTO`: one read transaction, so under WAL it neither waits for the
 * server's writes nor holds them up, and the copy is the database as of one commit (every
 * write answered before the backup began is in it). The copy is checked and synced to disk.
 *
 * A restore first takes SQLite's exclusive lock on the current database: while a server, worker
 * or seed has it open that fails at once, and nothing is changed. Otherwise the backup is copied
 * beside the database under a temporary name, synced, and renamed over it; the database it
 * replaces is kept beside it (`alt.db.before-restore-<time>`, a hard link).
 */
import Database from 'libsql'
import { closeSync, copyFileSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'

import { databaseUrl, redactUrl, sqliteFile } from '../src/database'
import { dataDir } from '../src/env'

const fail = (message: string): never => {
  console.error(message)
  process.exit(1)
}

/** A file the operator named, relative to where they ran npm (npm runs scripts in the project root). */
const fromOperator = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file)

const syncToDisk = (file: string) => {
  const fd = openSync(file, 'r')
  fsyncSync(fd)
  closeSync(fd)
}

/** Fails unless `file` is a whole SQLite database of this app (it has Payload's migrations table). */
const checkDatabase = (file: string) => {
  const db = new Database(file, { readonly: true })
  try {
    const [{ integrity_check: integrity }] = db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[]
    if (integrity !== 'ok') fail(`${file} is damaged (integrity check: ${integrity}).`)
    const migrations = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'payload_migrations'").get() as { n: number }
    if (!migrations.n) fail(`${file} is a SQLite file but not a database of this app (it has no payload_migrations table).`)
  } catch (error) {
    fail(`${file} is not a readable SQLite database: ${error instanceof Error ? error.message : error}`)
  } finally {
    db.close()
  }
}

const url = databaseUrl()
if (!url.startsWith('file:')) {
  fail(`npm run backup and restore handle SQLite only; DATABASE_URL is ${redactUrl(url)}. Use pg_dump/pg_restore or mongodump/mongorestore (docs/operations.md, "Backups and restore").`)
}
const database = sqliteFile(url)
const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const [command, argument] = process.argv.slice(2)

if (command === 'backup') {
  if (!existsSync(database)) fail(`There is no database at ${database} to back up (set DATA_DIR or DATABASE_URL).`)
  const target = argument ? fromOperator(argument) : path.join(dataDir, 'backups', `alt-${stamp}.db`)
  if (existsSync(target)) fail(`${target} already exists: name a new file.`)
  mkdirSync(path.dirname(target), { recursive: true })
  const started = performance.now()
  const db = new Database(database, { timeout: 10_000 })
  try {
    db.prepare('VACUUM INTO ?').run(target)
  } finally {
    db.close()
  }
  syncToDisk(target)
  checkDatabase(target)
  const megabytes = (statSync(target).size / 1e6).toFixed(1)
  console.log(`Backed up ${database} to ${target} (${megabytes} MB, ${Math.round(performance.now() - started)} ms).`)
} else if (command === 'restore') {
  if (!argument) fail('Usage: npm run restore <backup file>')
  const backup = fromOperator(argument)
  if (!existsSync(backup)) fail(`There is no file ${backup}.`)
  checkDatabase(backup)
  mkdirSync(path.dirname(database), { recursive: true })
  const temporary = `${database}.restoring-${stamp}`
  copyFileSync(backup, temporary)
  syncToDisk(temporary)
  let kept: string | undefined
  if (existsSync(database)) {
    // Anyone else with the database open (a server's idle connection included) makes this busy.
    const current = new Database(database, { timeout: 0 })
    try {
      current.exec('PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT')
      current.exec('PRAGMA wal_checkpoint(TRUNCATE)')
    } catch (error) {
      current.close()
      rmSync(temporary)
      fail(
        `${database} is in use (${error instanceof Error ? error.message : error}): a server, worker or seed has it open. ` +
          'Stop every process that uses it (npm start, npm run worker, the container), then run npm run restore again. Nothing was changed.',
      )
    }
    current.close()
    kept = `${database}.before-restore-${stamp}`
    for (const suffix of ['-wal', '-shm']) if (existsSync(database + suffix)) renameSync(database + suffix, kept + suffix)
    linkSync(database, kept)
  }
  // One rename replaces the old file with the whole new one: a crash leaves one or the other.
  renameSync(temporary, database)
  syncToDisk(path.dirname(database))
  console.log(`Restored ${backup} to ${database}.${kept ? ` The database it replaced is kept as ${kept}.` : ''} Start the server.`)
} else {
  fail('Usage: npm run backup [file] | npm run restore <backup file>')
}
