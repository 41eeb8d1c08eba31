import type { Client, InStatement, Transaction, TransactionMode } from '@libsql/client'

import { LibsqlError } from '@libsql/client'
import { closeSync, fdatasync, openSync } from 'node:fs'

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

/**
 * Makes the libsql client safe and cheap for Payload, which holds a transaction open across
 * awaits (hooks, the rate limit's Redis call). Left alone, the client hands its connection to
 * each transaction and opens a new one, and any other write meanwhile (a second transaction, or a
 * job's bookkeeping outside one) fails at once with SQLITE_BUSY; a busy timeout would instead
 * block the event loop the writer needs to finish. Here every write takes its turn on one
 * connection of ours, kept open: transactions, and single statements outside them. A turn not
 * granted within `waitMs` fails like a busy database instead of waiting for ever. Reads outside
 * a transaction go to a second connection and never wait: WAL lets them read while one writes.
 * Both keep their statements prepared (see sqliteConnection).
 *
 * A write resolves only once it is on disk, as with `synchronous = FULL`, but the sync is not
 * SQLite's: FULL fsyncs the log inside every COMMIT, on the event loop (a sixth of a contact
 * submission's time). The writer commits with NORMAL (no sync) and passes the turn on; the log is
 * then synced on libuv's thread pool while the next writes run, and each write resolves once a
 * sync that started after it has finished. NORMAL itself syncs the log before every checkpoint.
 */
export const oneWriterAtATime = (client: Client, file: string, waitMs = 10_000) => {
  const writer = openSqliteConnection(file)
  const reader = openSqliteConnection(file)
  writer.execute('PRAGMA synchronous = NORMAL')
  // The log exists once the database is open in WAL mode (Payload's connection opened it).
  let log: number | undefined
  const syncLog = startedAfterEachCall(
    () => new Promise<void>((resolve, reject) => fdatasync((log ??= openSync(`${file}-wal`, 'r')), (error) => (error ? reject(error) : resolve()))),
  )
  let last: Promise<void> = Promise.resolve()

  /** Resolves, in call order, with the function that hands the turn to the next caller. */
  const takeTurn = () => {
    const previous = last
    let release!: () => void
    last = new Promise((resolve) => (release = resolve))
    return new Promise<() => void>((resolve, reject) => {
      const timer = setTimeout(() => {
        // Give the turn back when it comes, so those queued behind still get theirs.
        void previous.then(release)
        reject(new LibsqlError(`No write could start within ${waitMs} ms: the database is busy`, 'SQLITE_BUSY'))
      }, waitMs).unref()
      // The turn passes through the event loop, which reads new requests in between. Handed on
      // at once, a queue of writes would run back to back in one turn of the loop, and a request
      // arriving meanwhile would wait for all of them and then for the next queue (at 50
      // concurrent submissions, p99 was twice p50).
      void previous.then(() =>
        setImmediate(() => {
          clearTimeout(timer)
          resolve(release)
        }),
      )
    })
  }

  client.execute = async (stmt: InStatement) => {
    if (onlyReads(stmt)) return reader.execute(stmt)
    const release = await takeTurn()
    let result
    try {
      result = writer.execute(stmt)
    } finally {
      release()
    }
    await syncLog()
    return result
  }

  client.transaction = async (mode: TransactionMode = 'write'): Promise<Transaction> => {
    const release = await takeTurn()
    try {
      writer.execute(begin[mode])
    } catch (error) {
      release()
      throw error
    }
    let closed = false
    const execute = async (stmt: InStatement) => {
      if (closed) throw new LibsqlError('The transaction is closed', 'TRANSACTION_CLOSED')
      return writer.execute(stmt)
    }
    const end = async (sql: 'COMMIT' | 'ROLLBACK') => {
      if (closed) return
      closed = true
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
    return {
      execute,
      batch: async (stmts: InStatement[]) => {
        const results = []
        for (const stmt of stmts) results.push(await execute(stmt))
        return results
      },
      executeMultiple: async () => {
        throw new LibsqlError('executeMultiple is not supported inside a transaction', 'TRANSACTION_CLOSED')
      },
      commit: () => end('COMMIT'),
      rollback: () => end('ROLLBACK'),
      close: () => void end('ROLLBACK'),
      get closed() {
        return closed
      },
    }
  }
  const close = client.close.bind(client)
  client.close = () => {
    writer.close()
    reader.close()
    if (log !== undefined) closeSync(log)
    close()
  }
}
