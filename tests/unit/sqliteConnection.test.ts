import type { ResultSet } from '@libsql/client'

import { createClient } from '@libsql/client'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { openSqliteConnection } from '../../src/sqliteConnection'

/** Our connection and @libsql/client's, on one fresh database: they must answer alike. */
const open = async (cacheSize?: number) => {
  const file = path.join(mkdtempSync(path.join(process.env.ALT_TEST_ROOT ?? tmpdir(), 'conn-')), 'test.db')
  const client = createClient({ url: `file:${file}` })
  await client.execute('PRAGMA journal_mode = WAL')
  await client.execute('CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, r REAL, s TEXT, b BLOB, u TEXT UNIQUE)')
  const connection = openSqliteConnection(file, cacheSize)
  return { client, connection, close: () => (connection.close(), client.close()) }
}

/** Everything a caller (drizzle) can see of a result: named values, indexed values, counts. */
const seen = (result: ResultSet) => ({
  columns: result.columns,
  columnTypes: result.columnTypes,
  named: result.rows.map((row) => ({ ...row })),
  indexed: result.rows.map((row) => Array.prototype.slice.call(row)),
  rowsAffected: result.rowsAffected,
  lastInsertRowid: result.lastInsertRowid,
})

const errorOf = async (run: () => unknown) => {
  try {
    await run()
  } catch (error) {
    return error as Error & { code?: string }
  }
  throw new Error('expected an error')
}

test('reads answer exactly like the client: types, blobs, nulls, integers, named and indexed values', async () => {
  const { client, connection, close } = await open()
  const bytes = new Uint8Array([0, 1, 254, 255]).buffer
  connection.execute({ sql: 'INSERT INTO t (i, r, s, b, u) VALUES (?, ?, ?, ?, ?)', args: [42, 1.5, 'ünïcode ✓', bytes, null] })
  await client.execute({ sql: 'INSERT INTO t (i, r, s, b, u) VALUES (?, ?, ?, ?, ?)', args: [true, 2, '', null, 'x'] })
  connection.execute({ sql: 'INSERT INTO t (i, s) VALUES (?, ?)', args: [9007199254740990n, new Date(86_400_000) as never] })

  for (const sql of ['SELECT * FROM t ORDER BY id', 'SELECT id, s AS label, i + 1 AS next, NULL AS empty FROM t', 'SELECT count(*) FROM t']) {
    expect(seen(connection.execute(sql))).toEqual(seen(await client.execute(sql)))
  }
  const [row] = connection.execute('SELECT b, i FROM t WHERE id = 1').rows
  expect(new Uint8Array(row.b as ArrayBuffer)).toEqual(new Uint8Array(bytes))
  expect(row.i).toBe(42)
  close()
})

test('arguments by name (:a, @a, $a), booleans, dates and repeated column names, like the client', async () => {
  const { client, connection, close } = await open()
  for (const [key, value] of [[':a', 'colon'], ['@a', 'at'], ['$a', 'dollar']] as const) {
    connection.execute({ sql: `INSERT INTO t (s, i) VALUES (${key[0]}a, ${key[0]}b)`, args: { [key]: value, [`${key[0]}b`]: false } })
  }
  const sql = { sql: 'SELECT s, i, s AS s FROM t WHERE i = :zero ORDER BY id', args: { zero: 0 } }
  expect(seen(connection.execute(sql))).toEqual(seen(await client.execute(sql)))
  expect(connection.execute(sql).rows.map((row) => row.s)).toEqual(['colon', 'at', 'dollar'])
  expect(connection.execute(sql).rows[0]).toHaveLength(3)
  close()
})

test('writes report rows affected and the last rowid, like the client', async () => {
  const { client, connection, close } = await open()
  const inserted = connection.execute({ sql: 'INSERT INTO t (s) VALUES (?)', args: ['a'] })
  expect(inserted).toMatchObject({ rowsAffected: 1, lastInsertRowid: 1n, rows: [], columns: [] })
  await client.execute({ sql: 'INSERT INTO t (s) VALUES (?)', args: ['b'] })
  const update = { sql: 'UPDATE t SET i = ? WHERE s IN (?, ?)', args: [7, 'a', 'b'] }
  expect(connection.execute(update).rowsAffected).toBe((await client.execute(update)).rowsAffected)
  expect(connection.execute(update).rowsAffected).toBe(2)
  close()
})

test('errors carry the codes Payload looks for, as the client gives them', async () => {
  const { client, connection, close } = await open()
  connection.execute({ sql: 'INSERT INTO t (u) VALUES (?)', args: ['same'] })
  const duplicate = { sql: 'INSERT INTO t (u) VALUES (?)', args: ['same'] }
  const ours = await errorOf(() => connection.execute(duplicate))
  const theirs = await errorOf(() => client.execute(duplicate))
  expect(ours.code).toBe('SQLITE_CONSTRAINT_UNIQUE')
  expect([ours.name, ours.code, ours.message]).toEqual([theirs.name, theirs.code, theirs.message])

  const syntax = await errorOf(() => connection.execute('SELEC nonsense'))
  expect(syntax.code).toBe((await errorOf(() => client.execute('SELEC nonsense'))).code)
  await expect(errorOf(() => connection.execute({ sql: 'SELECT ?', args: [Number.NaN] }))).resolves.toBeInstanceOf(RangeError)
  await expect(errorOf(() => connection.execute({ sql: 'SELECT ?', args: [undefined as never] }))).resolves.toBeInstanceOf(TypeError)
  // An integer JavaScript cannot hold exactly is refused, not silently rounded.
  connection.execute({ sql: 'INSERT INTO t (i) VALUES (?)', args: [2n ** 60n] })
  await expect(errorOf(() => connection.execute('SELECT i FROM t WHERE i > 0'))).resolves.toBeInstanceOf(RangeError)
  // The statement that failed is still usable.
  expect(connection.execute({ sql: 'INSERT INTO t (u) VALUES (?)', args: ['other'] }).rowsAffected).toBe(1)
  close()
})

test('kept statements give fresh results, survive eviction, and follow schema changes', async () => {
  const { connection, close } = await open(2)
  const count = () => connection.execute('SELECT count(*) AS n FROM t').rows[0].n
  expect(count()).toBe(0)
  for (let n = 1; n <= 3; n++) {
    connection.execute({ sql: 'INSERT INTO t (i) VALUES (?)', args: [n] })
    // More distinct statements than the cache holds, so entries are dropped and prepared again.
    connection.execute({ sql: `SELECT ${n} AS filler`, args: [] })
    expect(count()).toBe(n)
  }
  expect(Object.keys(connection.execute('SELECT * FROM t LIMIT 1').rows[0])).not.toContain('added')
  connection.execute('ALTER TABLE t ADD COLUMN added TEXT')
  expect(Object.keys(connection.execute('SELECT * FROM t LIMIT 1').rows[0])).toContain('added')
  close()
})
