import { createClient } from '@libsql/client'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { oneWriterAtATime } from '../../src/sqliteWriter'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const open = async (waitMs?: number) => {
  const file = path.join(mkdtempSync(path.join(process.env.ALT_TEST_ROOT ?? tmpdir(), 'tx-')), 'test.db')
  const client = createClient({ url: `file:${file}` })
  await client.execute('PRAGMA journal_mode = WAL')
  await client.execute('CREATE TABLE t (n INTEGER)')
  oneWriterAtATime(client, file, ['PRAGMA synchronous = FULL'], waitMs)
  return client
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

test('a write outside any transaction waits for its turn instead of failing with SQLITE_BUSY', async () => {
  const client = await open()
  const tx = await client.transaction('write')
  await tx.execute('INSERT INTO t VALUES (1)')
  // A job's bookkeeping, say, while a request's transaction is open.
  const outside = client.execute('INSERT INTO t VALUES (2)')
  await pause(20)
  await tx.execute('INSERT INTO t VALUES (1)')
  await tx.commit()
  await outside
  expect(await values(client)).toEqual([1, 1, 2])
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
  const client = await open(50)
  const held = await client.transaction('write')
  await expect(client.transaction('write')).rejects.toMatchObject({ code: 'SQLITE_BUSY' })
  const queued = client.transaction('write')
  await pause(20)
  await held.commit()
  const tx = await queued
  await tx.execute('INSERT INTO t VALUES (1)')
  await tx.commit()
  expect(await values(client)).toEqual([1])
  client.close()
})
