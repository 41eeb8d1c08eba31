import { createClient } from '@libsql/client'
import { AsyncResource } from 'node:async_hooks'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { oneWriterAtATime, startedAfterEachCall } from '../../src/sqliteWriter'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs `work` in the async context this module was loaded in, which owns no transaction: as
 * another request or a job would, unlike code that follows a transaction in a test.
 */
const elsewhere = AsyncResource.bind(<T>(work: () => Promise<T>) => work())

const open = async (options: Parameters<typeof oneWriterAtATime>[2] = {}) => {
  const file = path.join(mkdtempSync(path.join(process.env.ALT_TEST_ROOT ?? tmpdir(), 'tx-')), 'test.db')
  const client = createClient({ url: `file:${file}` })
  await client.execute('PRAGMA journal_mode = WAL')
  await client.execute('CREATE TABLE t (n INTEGER)')
  const writer = oneWriterAtATime(client, file, options)
  return Object.assign(client, { writer })
}

const values = async (client: Awaited<ReturnType<typeof open>>) =>
  (await client.execute('SELECT n FROM t ORDER BY rowid')).rows.map((row) => row.n)

test('transactions that await in between take turns instead of failing with SQLITE_BUSY', async () => {
  const client = await open()
  await Promise.all(
    [1, 2, 3].map(async (n) => {
      const tx = await client.transaction('write')
      await tx.execute({ sql: 'INSERT INTO t VALUES (?)', args: [n] })
      await pause(20)
      await tx.execute({ sql: 'INSERT INTO t VALUES (?)', args: [n] })
      await tx.commit()
    }),
  )
  expect(await values(client)).toEqual([1, 1, 2, 2, 3, 3])
  client.close()
})

test('other work runs between queued transactions: a request arriving meanwhile is not made to wait for the whole queue', async () => {
  const client = await open()
  const events: string[] = []
  await Promise.all(
    [1, 2].map(async (n) => {
      const tx = await client.transaction('write')
      events.push(`transaction ${n}`)
      if (n === 1) setImmediate(() => events.push('other work'))
      await tx.execute({ sql: 'INSERT INTO t VALUES (?)', args: [n] })
      await tx.commit()
    }),
  )
  expect(events).toEqual(['transaction 1', 'other work', 'transaction 2'])
  expect(await values(client)).toEqual([1, 2])
  client.close()
})

test("another context's write outside any transaction waits for its turn instead of failing with SQLITE_BUSY", async () => {
  const client = await open()
  const tx = await client.transaction('write')
  await tx.execute('INSERT INTO t VALUES (1)')
  // A job's bookkeeping, say, while a request's transaction is open.
  const outside = elsewhere(() => client.execute('INSERT INTO t VALUES (2)'))
  await pause(20)
  await tx.execute('INSERT INTO t VALUES (1)')
  await tx.commit()
  await outside
  expect(await values(client)).toEqual([1, 1, 2])
  client.close()
})

test("a context's own write outside its open transaction joins it instead of waiting on itself (forgot-password's reservation)", async () => {
  const client = await open({ waitMs: 500 })
  const tx = await client.transaction('write')
  await tx.execute('INSERT INTO t VALUES (1)')
  await client.execute('INSERT INTO t VALUES (2)')
  await tx.execute('INSERT INTO t VALUES (3)')
  await tx.rollback()
  expect(await values(client)).toEqual([])

  const next = await client.transaction('write')
  await client.execute('INSERT INTO t VALUES (4)')
  await next.commit()
  expect(await values(client)).toEqual([4])
  client.close()
})

test('a transaction opened inside one the context holds is a savepoint of it: it cannot wait on itself, and rolls back alone', async () => {
  const client = await open({ waitMs: 500 })
  const outer = await client.transaction('write')
  await outer.execute('INSERT INTO t VALUES (1)')
  const failed = await client.transaction('write')
  await failed.execute('INSERT INTO t VALUES (2)')
  await failed.rollback()
  const kept = await client.transaction('write')
  await kept.execute('INSERT INTO t VALUES (3)')
  await kept.commit()
  await outer.commit()
  expect(await values(client)).toEqual([1, 3])
  // The savepoints ended with the transaction: a late write through one is refused, not run in someone else's turn.
  await expect(failed.execute('INSERT INTO t VALUES (9)')).rejects.toMatchObject({ code: 'TRANSACTION_CLOSED' })
  client.close()
})

test("ownNextTransaction: the caller owns a transaction that is opened after an await of someone else's (Payload's beginTransaction)", async () => {
  const client = await open({ waitMs: 500 })
  const beginTransaction = async () => {
    await pause(1)
    return client.transaction('write')
  }
  client.writer.ownNextTransaction()
  const tx = await beginTransaction()
  await client.execute('INSERT INTO t VALUES (1)')
  await tx.commit()
  expect(await values(client)).toEqual([1])
  client.close()
})

test('two transactions begun side by side in one context are two owners: each waits for the other, neither joins it', async () => {
  const client = await open()
  const operation = async (n: number) => {
    client.writer.ownNextTransaction()
    await pause(1)
    const tx = await client.transaction('write')
    await tx.execute({ sql: 'INSERT INTO t VALUES (?)', args: [n] })
    await pause(10)
    await client.execute({ sql: 'INSERT INTO t VALUES (?)', args: [n] })
    await tx.commit()
  }
  await Promise.all([operation(1), operation(2)])
  expect(await values(client)).toEqual([1, 1, 2, 2])
  client.close()
})

test('a write that waited over the threshold for its turn is logged with its verb and table', async () => {
  const warnings: string[] = []
  const client = await open({ warnAfterMs: 30, warn: (message) => warnings.push(message) })
  const tx = await client.transaction('write')
  const waiting = elsewhere(() => client.execute('UPDATE t SET n = 2'))
  await pause(60)
  await tx.commit()
  await waiting
  expect(warnings).toEqual([expect.stringMatching(/^SQLite: UPDATE t waited \d+ ms for its turn to write \(the turn was last held by a transaction/)])
  client.close()
})

test('reads outside a transaction see only what is committed, without waiting for it', async () => {
  const client = await open()
  const tx = await client.transaction('write')
  await tx.execute('INSERT INTO t VALUES (1)')
  expect(await values(client)).toEqual([])
  await tx.rollback()
  expect(await values(client)).toEqual([])
  const next = await client.transaction('write')
  await next.execute('INSERT INTO t VALUES (2)')
  await next.commit()
  expect(await values(client)).toEqual([2])
  client.close()
})

test('a turn that does not come in time fails as busy, and those after it still get theirs', async () => {
  const client = await open({ waitMs: 50 })
  const held = await client.transaction('write')
  await expect(elsewhere(() => client.transaction('write'))).rejects.toMatchObject({ code: 'SQLITE_BUSY' })
  const queued = elsewhere(() => client.transaction('write'))
  await pause(20)
  await held.commit()
  const tx = await queued
  await tx.execute('INSERT INTO t VALUES (1)')
  await tx.commit()
  expect(await values(client)).toEqual([1])
  client.close()
})

describe('syncing the log: each caller waits for a sync that started after its call', () => {
  /** A sync whose runs finish when the test says, recording when each started. */
  const controlled = () => {
    const runs: { finish: () => void; fail: (error: Error) => void }[] = []
    const sync = startedAfterEachCall(
      () => new Promise<void>((resolve, reject) => runs.push({ finish: resolve, fail: reject })),
    )
    return { runs, sync }
  }
  const settledNow = async (promise: Promise<unknown>) => {
    let settled = false
    void promise.then(
      () => (settled = true),
      () => (settled = true),
    )
    await pause(0)
    return settled
  }

  test('callers during a running sync share the next one, which starts only after it', async () => {
    const { runs, sync } = controlled()
    const first = sync()
    const during = [sync(), sync(), sync()]
    expect(runs).toHaveLength(1)
    runs[0].finish()
    await first
    // The running sync may have started before their commits: they wait for a second one.
    expect(await settledNow(Promise.any(during))).toBe(false)
    await pause(0)
    expect(runs).toHaveLength(2)
    runs[1].finish()
    await Promise.all(during)
    // Idle again: the next caller starts a sync at once.
    void sync()
    expect(runs).toHaveLength(3)
  })

  test('a failed sync fails its callers, and those queued behind it still get a sync of their own', async () => {
    const { runs, sync } = controlled()
    const first = sync()
    const queued = sync()
    runs[0].fail(new Error('EIO'))
    await expect(first).rejects.toThrow('EIO')
    await pause(0)
    expect(runs).toHaveLength(2)
    runs[1].finish()
    await expect(queued).resolves.toBeUndefined()
  })
})
