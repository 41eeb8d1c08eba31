import type { Client, InStatement, ResultSet, Transaction, TransactionMode } from '@libsql/client'

import { LibsqlError } from '@libsql/client'
import { AsyncLocalStorage } from 'node:async_hooks'
import { closeSync, fdatasync, openSync } from 'node:fs'

import { sqliteWriteWait } from './metrics/metrics'
import { openSqliteConnection } from './sqliteConnection'

const begin: Record<TransactionMode, string> = {
  write: 'BEGIN IMMEDIATE',
  read: 'BEGIN TRANSACTION READONLY',
  deferred: 'BEGIN DEFERRED',
}

/** A statement that only reads (Payload's reads are plain SELECTs; anything else may write). */
const onlyReads = (stmt: InStatement) => /^\s*select\b/i.test(typeof stmt === 'string' ? stmt : stmt.sql)

/**
 * Shares runs of `run` among callers, each getting one that started after its call: one runs at
 * a time, and everyone who calls meanwhile shares the next. For syncing the log: a sync already
 * running may have started before the caller's commit, and under load one sync covers many.
 */
export const startedAfterEachCall = (run: () => Promise<void>) => {
  let running: Promise<void> | undefined
  let queued: Promise<void> | undefined
  const call = (): Promise<void> => {
    if (queued) return queued
    if (!running) return (running = run().finally(() => (running = undefined)))
    const settled = running.then(
      () => {},
      () => {},
    )
    return (queued = settled.then(() => {
      queued = undefined
      return call()
    }))
  }
  return call
}

/** `UPDATE users`, `INSERT INTO articles` → `UPDATE users`, `INSERT articles`: for logs. */
const describeWrite = (stmt: InStatement) => {
  const sql = typeof stmt === 'string' ? stmt : stmt.sql
  const match = /^\s*(\w+)(?:\s+or\s+\w+)?(?:\s+(?:into|from|table|index|unique\s+index|trigger|view))?(?:\s+if\s+(?:not\s+)?exists)?\s+["`[]?([\w.]+)/i.exec(sql)
  return match ? `${match[1].toUpperCase()} ${match[2]}` : sql.trim().split(/\s+/, 1)[0].toUpperCase()
}

/**
 * Who holds the writer, by async context: the transaction a context opened, which every write
 * made from that context then joins. `claimed` is made by {@link SqliteWriter.ownNextTransaction}
 * before the transaction is asked for; `closed` owners are as good as none.
 */
type Owner = { state: 'claimed' | 'waiting' | 'open' | 'closed' }

type Options = {
  /** A turn not granted within this fails as SQLITE_BUSY instead of waiting for ever. */
  waitMs?: number
  /** A write that waited longer than this for its turn is reported to `warn`. */
  warnAfterMs?: number
  warn?: (message: string) => void
}

/**
 * Makes the libsql client safe and cheap for Payload, which holds a transaction open across
 * awaits (hooks, the rate limit's Redis call). Left alone, the client hands its connection to
 * each transaction and opens a new one, and any other write meanwhile (a second transaction, or a
 * job's bookkeeping outside one) fails at once with SQLITE_BUSY; a busy timeout would instead
 * block the event loop the writer needs to finish. Here every write takes its turn on one
 * connection of ours, kept open: transactions, and single statements outside them. Reads outside
 * a transaction go to a second connection and never wait: WAL lets them read while one writes.
 * Both keep their statements prepared (see sqliteConnection).
 *
 * A turn is owned by the async context that opened the transaction, and is re-entered from it:
 * SQLite takes one writer at a time, so a write that waited for a turn its own context holds
 * would wait for ever. Payload does exactly that on purpose (forgot-password reserves the user
 * with a write outside its own open transaction, and job runs and nested operations open
 * transactions inside others), on the assumption that the database takes concurrent writers.
 * So within the owner's context a write outside the transaction joins it, and a nested
 * transaction becomes a savepoint of it: everything the context writes commits (or rolls back)
 * together, and nothing it does can wait on itself. Other contexts queue as before.
 *
 * A write resolves only once it is on disk, as with `synchronous = FULL`, but the sync is not
 * SQLite's: FULL fsyncs the log inside every COMMIT, on the event loop (a sixth of a contact
 * submission's time). The writer commits with NORMAL (no sync) and passes the turn on; the log is
 * then synced on libuv's thread pool while the next writes run, and each write resolves once a
 * sync that started after it has finished. NORMAL itself syncs the log before every checkpoint.
 */
export const oneWriterAtATime = (
  client: Client,
  file: string,
  { waitMs = 10_000, warnAfterMs = 1000, warn = (message: string) => console.warn(message) }: Options = {},
) => {
  const writer = openSqliteConnection(file)
  const reader = openSqliteConnection(file)
  writer.execute('PRAGMA synchronous = NORMAL')
  // The log exists once the database is open in WAL mode (Payload's connection opened it).
  let log: number | undefined
  const syncLog = startedAfterEachCall(
    () => new Promise<void>((resolve, reject) => fdatasync((log ??= openSync(`${file}-wal`, 'r')), (error) => (error ? reject(error) : resolve()))),
  )
  const owners = new AsyncLocalStorage<Owner>()
  const holdsOpenTransaction = () => owners.getStore()?.state === 'open'
  let last: Promise<void> = Promise.resolve()
  let holder = () => 'nobody'
  let savepoints = 0

  /** Resolves, in call order, with the function that hands the turn to the next caller. */
  const takeTurn = (what: () => string) => {
    const previous = last
    const asked = performance.now()
    let release!: () => void
    last = new Promise((resolve) => (release = resolve))
    return new Promise<() => void>((resolve, reject) => {
      const timer = setTimeout(() => {
        // Give the turn back when it comes, so those queued behind still get theirs.
        void previous.then(release)
        reject(new LibsqlError(`No write could start within ${waitMs} ms (${what()}): the database is busy`, 'SQLITE_BUSY'))
      }, waitMs).unref()
      // The turn passes through the event loop, which reads new requests in between. Handed on
      // at once, a queue of writes would run back to back in one turn of the loop, and a request
      // arriving meanwhile would wait for all of them and then for the next queue (at 50
      // concurrent submissions, p99 was twice p50).
      void previous.then(() =>
        setImmediate(() => {
          clearTimeout(timer)
          const waited = performance.now() - asked
          sqliteWriteWait.observe(waited / 1000)
          if (waited > warnAfterMs) warn(`SQLite: ${what()} waited ${Math.round(waited)} ms for its turn to write (the turn was last held by ${holder()})`)
          holder = what
          resolve(release)
        }),
      )
    })
  }

  client.execute = async (stmt: InStatement) => {
    if (onlyReads(stmt)) return reader.execute(stmt)
    // Part of the transaction this context holds open: waiting for a turn would be waiting on itself.
    if (holdsOpenTransaction()) return writer.execute(stmt)
    const release = await takeTurn(() => describeWrite(stmt))
    let result
    try {
      result = writer.execute(stmt)
    } finally {
      release()
    }
    await syncLog()
    return result
  }

  /** A transaction opened inside the one this context holds: a savepoint of it. */
  const savepoint = (owner: Owner): Transaction => {
    const name = `nested_${++savepoints}`
    writer.execute(`SAVEPOINT ${name}`)
    let closed = false
    const execute = async (stmt: InStatement) => {
      if (closed || owner.state !== 'open') throw new LibsqlError('The transaction is closed', 'TRANSACTION_CLOSED')
      return writer.execute(stmt)
    }
    const end = async (...statements: string[]) => {
      if (closed) return
      closed = true
      // Once the enclosing transaction has ended, or an enclosing savepoint was released, the
      // savepoint is gone and its writes went (or will go) with the enclosing one.
      if (owner.state !== 'open') return
      try {
        for (const sql of statements) writer.execute(sql)
      } catch (error) {
        if (!/no such savepoint/i.test(String(error))) throw error
      }
    }
    return transactionObject(execute, {
      commit: () => end(`RELEASE ${name}`),
      rollback: () => end(`ROLLBACK TO ${name}`, `RELEASE ${name}`),
      closed: () => closed,
    })
  }

  client.transaction = async (mode: TransactionMode = 'write'): Promise<Transaction> => {
    let owner = owners.getStore()
    if (owner?.state === 'open') return savepoint(owner)
    if (owner?.state !== 'claimed') {
      // Called directly rather than through ownNextTransaction: this runs synchronously in the
      // caller's context, so the caller owns the transaction.
      owner = { state: 'claimed' }
      owners.enterWith(owner)
    }
    const mine = owner
    mine.state = 'waiting'
    let firstWrite: string | undefined
    const release = await takeTurn(() => `a transaction (first write: ${firstWrite ?? 'none yet'})`).catch((error: unknown) => {
      mine.state = 'closed'
      throw error
    })
    try {
      writer.execute(begin[mode])
    } catch (error) {
      mine.state = 'closed'
      release()
      throw error
    }
    mine.state = 'open'
    const execute = async (stmt: InStatement) => {
      if (mine.state !== 'open') throw new LibsqlError('The transaction is closed', 'TRANSACTION_CLOSED')
      if (firstWrite === undefined && !onlyReads(stmt)) firstWrite = describeWrite(stmt)
      return writer.execute(stmt)
    }
    const end = async (sql: 'COMMIT' | 'ROLLBACK') => {
      if (mine.state !== 'open') return
      mine.state = 'closed'
      try {
        writer.execute(sql)
      } catch (error) {
        // A failed COMMIT can leave the transaction open; the next one must start clean.
        try {
          writer.execute('ROLLBACK')
        } catch {
          // Nothing was open.
        }
        throw error
      } finally {
        release()
      }
      if (sql === 'COMMIT') await syncLog()
    }
    return transactionObject(execute, {
      commit: () => end('COMMIT'),
      rollback: () => end('ROLLBACK'),
      closed: () => mine.state !== 'open',
    })
  }

  const close = client.close.bind(client)
  client.close = () => {
    writer.close()
    reader.close()
    if (log !== undefined) closeSync(log)
    close()
  }

  return {
    /**
     * Makes the calling async context the owner of the next transaction it asks for, so that its
     * writes outside that transaction join it instead of waiting for it. Call it synchronously in
     * the code that goes on to await the transaction (Payload's `beginTransaction`, which reaches
     * the client only after an await of its own, in a context the operation never sees).
     */
    ownNextTransaction: () => {
      if (owners.getStore()?.state !== 'open') owners.enterWith({ state: 'claimed' })
    },
  }
}

export type SqliteWriter = ReturnType<typeof oneWriterAtATime>

/** The libsql `Transaction` shape around an `execute` and its ends. */
const transactionObject = (
  execute: (stmt: InStatement) => Promise<ResultSet>,
  { commit, rollback, closed }: { commit: () => Promise<void>; rollback: () => Promise<void>; closed: () => boolean },
): Transaction => ({
  execute,
  batch: async (stmts: InStatement[]) => {
    const results = []
    for (const stmt of stmts) results.push(await execute(stmt))
    return results
  },
  executeMultiple: async () => {
    throw new LibsqlError('executeMultiple is not supported inside a transaction', 'TRANSACTION_CLOSED')
  },
  commit,
  rollback,
  close: () => void rollback(),
  get closed() {
    return closed()
  },
})
