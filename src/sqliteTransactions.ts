import type { Client, InStatement, Transaction, TransactionMode } from '@libsql/client'

import { LibsqlError } from '@libsql/client'

import { openSqliteConnection } from './sqliteConnection'

const begin: Record<TransactionMode, string> = {
  write: 'BEGIN IMMEDIATE',
  read: 'BEGIN TRANSACTION READONLY',
  deferred: 'BEGIN DEFERRED',
}

/**
 * Makes the libsql client's transactions safe and cheap for Payload, which holds one open
 * across awaits (hooks, the rate limit's Redis call). Left alone, the client hands its
 * connection to each transaction and opens a new one, and a second transaction started meanwhile
 * fails at once with SQLITE_BUSY (a busy timeout would block the event loop the first one needs
 * to finish). Here transactions take turns on one connection of their own, kept open; a turn not
 * granted within `waitMs` fails like a busy database instead of waiting for ever. Statements
 * outside a transaction keep the client's own connection: WAL lets them read while one writes.
 *
 * Payload's create, update and delete operations each run in a transaction, so this connection
 * (which keeps its statements prepared, see sqliteConnection) carries nearly every write.
 */
export const oneTransactionAtATime = (client: Client, file: string, pragmas: string[], waitMs = 10_000) => {
  const connection = openSqliteConnection(file)
  for (const pragma of pragmas) connection.execute(pragma)
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
        reject(new LibsqlError(`No transaction could start within ${waitMs} ms: the database is busy`, 'SQLITE_BUSY'))
      }, waitMs)
      // The turn passes through the event loop, which reads new requests in between. Handed on
      // at once, a queue of transactions would run back to back in one turn of the loop, and a
      // request arriving meanwhile would wait for all of them and then for the next queue (at 50
      // concurrent submissions, p99 was twice p50).
      void previous.then(() =>
        setImmediate(() => {
          clearTimeout(timer)
          resolve(release)
        }),
      )
    })
  }

  client.transaction = async (mode: TransactionMode = 'write'): Promise<Transaction> => {
    const release = await takeTurn()
    try {
      connection.execute(begin[mode])
    } catch (error) {
      release()
      throw error
    }
    let closed = false
    const execute = async (stmt: InStatement) => {
      if (closed) throw new LibsqlError('The transaction is closed', 'TRANSACTION_CLOSED')
      return connection.execute(stmt)
    }
    const end = async (sql: 'COMMIT' | 'ROLLBACK') => {
      if (closed) return
      closed = true
      try {
        connection.execute(sql)
      } catch (error) {
        // A failed COMMIT can leave the transaction open; the next one must start clean.
        try {
          connection.execute('ROLLBACK')
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
    connection.close()
    close()
  }
}
