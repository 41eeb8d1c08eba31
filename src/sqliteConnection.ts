import type { InStatement, InValue, ResultSet, Row, Value } from '@libsql/client'

import { LibsqlError } from '@libsql/client'
import Database from 'libsql'

/** A prepared statement, with its result columns when it returns rows (null when it does not). */
type Prepared = { statement: Database.Statement; columns: { names: string[]; types: string[] } | null }

const int64 = { min: -(2n ** 63n), max: 2n ** 63n - 1n }

/** A value as SQLite takes it, the way @libsql/client converts it. */
const toSql = (value: InValue) => {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError('Only finite numbers can be passed to the database')
  if (typeof value === 'bigint' && (value < int64.min || value > int64.max)) throw new RangeError('bigint does not fit in a 64-bit integer')
  if (typeof value === 'boolean') return value ? 1 : 0
  if (value instanceof ArrayBuffer) return Buffer.from(value)
  if (value instanceof Date) return value.valueOf()
  if (value === undefined) throw new TypeError('undefined cannot be passed to the database')
  return value
}

/** A value as the client's default `intMode: 'number'` returns it. */
const fromSql = (value: unknown): Value => {
  if (typeof value === 'bigint') {
    if (value < BigInt(Number.MIN_SAFE_INTEGER) || value > BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new RangeError('Received an integer that cannot be represented safely as a JavaScript number')
    }
    return Number(value)
  }
  if (Buffer.isBuffer(value)) return value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength) as ArrayBuffer
  return value as Value
}

/** A row as the client returns it: values by column name (enumerable) and by index (not). */
const toRow = (values: unknown[], names: string[]): Row => {
  const row = {} as Row
  Object.defineProperty(row, 'length', { value: values.length })
  values.forEach((raw, index) => {
    const value = fromSql(raw)
    Object.defineProperty(row, index, { value })
    if (!Object.hasOwn(row, names[index])) {
      Object.defineProperty(row, names[index], { value, enumerable: true, configurable: true, writable: true })
    }
  })
  return row
}

const resultSet = (
  columns: string[],
  columnTypes: string[],
  rows: Row[],
  rowsAffected: number,
  lastInsertRowid: bigint | undefined,
): ResultSet => ({
  columns,
  columnTypes,
  rows,
  rowsAffected,
  lastInsertRowid,
  toJSON: () => ({ columns, columnTypes, rows: rows.map((row) => Array.from(row)), rowsAffected, lastInsertRowid: lastInsertRowid?.toString() ?? null }),
})

/**
 * A SQLite connection whose `execute` answers like @libsql/client's, but keeps each statement
 * prepared (up to `cacheSize`, least recently used dropped first). Payload sends the same few
 * hundred statements again and again; the client prepares each one anew and reads its columns
 * twice, which cost a contact submission more than running its statements did.
 */
export const openSqliteConnection = (file: string, cacheSize = 500) => {
  const db = new Database(file)
  const cache = new Map<string, Prepared>()

  const prepare = (sql: string): Prepared => {
    const cached = cache.get(sql)
    if (cached) {
      // Most recently used last: Map keeps insertion order.
      cache.delete(sql)
      cache.set(sql, cached)
      return cached
    }
    const statement = db.prepare(sql).safeIntegers(true)
    let columns: Prepared['columns'] = null
    if (statement.reader) {
      statement.raw(true)
      const definitions = statement.columns()
      columns = { names: definitions.map((column) => column.name), types: definitions.map((column) => column.type ?? '') }
    }
    const prepared = { statement, columns }
    cache.set(sql, prepared)
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value!)
    return prepared
  }

  const execute = (stmt: InStatement): ResultSet => {
    const { sql, args = [] } = typeof stmt === 'string' ? { sql: stmt } : stmt
    const values = Array.isArray(args)
      ? args.map(toSql)
      : // Named arguments: the client takes `:name`, `@name` and `$name` keys; SQLite binds `name`.
        Object.fromEntries(Object.entries(args).map(([name, value]) => [name.replace(/^[:@$]/, ''), toSql(value)]))
    try {
      const { statement, columns } = prepare(sql)
      if (columns) {
        const rows = (statement.all(values) as unknown[][]).map((row) => toRow(row, columns.names))
        return resultSet(columns.names, columns.types, rows, 0, undefined)
      }
      const { changes, lastInsertRowid } = statement.run(values)
      // A schema change can change what a kept statement returns (`select *`): prepare anew.
      if (/^\s*(create|alter|drop)\b/i.test(sql)) cache.clear()
      return resultSet([], [], [], changes, BigInt(lastInsertRowid))
    } catch (error) {
      throw error instanceof Database.SqliteError ? new LibsqlError(error.message, error.code, error.rawCode, error) : error
    }
  }

  return { execute, close: () => db.close() }
}
