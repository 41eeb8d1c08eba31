import type { Client, InStatement, Transaction, TransactionMode } from '@libsql/client'

import { LibsqlError } from '@libsql/client'

import { openSqliteConnection } from './sqliteConnection'

const begin: Record<TransactionMode, string> = {
  write: 'BEGIN IMMEDIATE',
  read: 'BEGIN TRANSACTION READONLY',
  deferred: 'BEGIN DEFERRED',
}

/** A statement that only reads (Payload's reads are plain SELECTs; anything else may write). */
const onlyReads = (stmt: InStatement) => /^\s*select\b/i.test(typeof stmt === 'string' ? stmt : stmt.sql)

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
 */
export const oneWriterAtATime = (client: Client, file: string, pragmas: string[], waitMs = 10_000) => {
  const writer = openSqliteConnection(file)
  const reader = openSqliteConnection(file)
  for (const pragma of pragmas) writer.execute(pragma)
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
      }, waitMs)
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
    try {
      return writer.execute(stmt)
    } finally {
      release()
    }
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
    close()
  }
}
