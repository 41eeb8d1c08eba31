import { rmSync } from 'node:fs'

/** Drops the per-file PostgreSQL databases (tests/setup/env.ts), named `<DATABASE_URL's>-<hex>`. */
const dropPostgresTestDatabases = async (url: string) => {
  // The driver comes with @payloadcms/db-postgres.
  const { default: pg } = await import('pg')
  const base = new URL(url)
  const prefix = `${base.pathname.slice(1) || 'alt-test'}-`
  base.pathname = '/postgres'
  const client = new pg.Client({ connectionString: base.toString() })
  await client.connect()
  try {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [prefix])
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname.replaceAll('"', '""')}" WITH (FORCE)`)
  } finally {
    await client.end()
  }
}

export default async () => {
  if (process.env.ALT_TEST_ROOT) rmSync(process.env.ALT_TEST_ROOT, { recursive: true, force: true })
  const url = process.env.DATABASE_URL ?? ''
  if (/^postgres(ql)?:\/\//.test(url) && process.env.KEEP_TEST_DATABASES !== 'true') await dropPostgresTestDatabases(url)
}
