import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

type Target = { collection: string; id: number | string; field: string }

/** The table and column of a top-level field on SQLite and PostgreSQL (Payload's snake_case names). */
const sqlNames = ({ collection, field }: Target) => {
  const snake = (name: string) => name.replace(/-/g, '_').replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)
  return { table: snake(collection), column: snake(field) }
}

/**
 * A field's value as the database holds it, read past Payload and its hooks: SQL on SQLite and
 * PostgreSQL, the driver on MongoDB. What a database dump would show.
 */
export const storedValue = async (payload: Payload, target: Target): Promise<unknown> => {
  const { table, column } = sqlNames(target)
  if (payload.db.name === 'sqlite') {
    const { rows } = await (payload.db as unknown as SQLiteAdapter).client.execute({ sql: `SELECT "${column}" AS value FROM "${table}" WHERE id = ?`, args: [target.id] })
    return rows[0]?.value
  }
  if (payload.db.name === 'postgres') {
    const { rows } = await (payload.db as unknown as PostgresAdapter).pool.query(`SELECT "${column}" AS value FROM "${table}" WHERE id = $1`, [target.id])
    return rows[0]?.value
  }
  const row = await (payload.db as unknown as MongooseAdapter).collections[target.collection].findById(target.id).lean()
  return (row as Record<string, unknown> | null)?.[target.field]
}

/** Writes a field's value past Payload and its hooks, as an older version of the app would have stored it. */
export const storeRaw = async (payload: Payload, target: Target, value: string) => {
  const { table, column } = sqlNames(target)
  if (payload.db.name === 'sqlite') {
    await (payload.db as unknown as SQLiteAdapter).client.execute({ sql: `UPDATE "${table}" SET "${column}" = ? WHERE id = ?`, args: [value, target.id] })
  } else if (payload.db.name === 'postgres') {
    await (payload.db as unknown as PostgresAdapter).pool.query(`UPDATE "${table}" SET "${column}" = $1 WHERE id = $2`, [value, target.id])
  } else {
    await (payload.db as unknown as MongooseAdapter).collections[target.collection].updateOne({ _id: target.id }, { $set: { [target.field]: value } })
  }
}
