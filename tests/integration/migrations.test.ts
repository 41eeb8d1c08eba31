import type { DrizzleAdapter } from '@payloadcms/drizzle'
import type { Migration, Payload } from 'payload'

import config from '@payload-config'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

import { seedClinicContent } from '../../seed/seed'
import { isMongoUrl, isPostgresUrl, prepareDatabase } from '../../src/database'
import { migrations as postgresMigrations } from '../../src/migrations/postgres'
import { migrations } from '../../src/migrations/sqlite'
import { collectionSlugs } from '../../src/slugs'
import { submission } from '../helpers/intake'

const url = process.env.DATABASE_URL ?? ''
const onSqlite = !isMongoUrl(url) && !isPostgresUrl(url)
let payload: Payload

/** Rows in every table of the database. */
const rowCounts = async () => {
  const { client } = payload.db as unknown as { client: import('@libsql/client').Client }
  const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
  const counts: Record<string, number> = {}
  for (const { name } of tables.rows) counts[String(name)] = Number((await client.execute(`SELECT count(*) AS n FROM "${name}"`)).rows[0].n)
  return counts
}

// MongoDB has no migrations.
if (!isMongoUrl(url)) {
  beforeAll(async () => {
    payload = await getPayload({ config })
  })
  afterAll(async () => {
    await payload.destroy()
  })
}

;(onSqlite ? describe : describe.skip)('SQLite migrations (SQLite only: PostgreSQL has its own, applied by every other test file)', () => {

  test('upgrading a database with content keeps every row, though the autoincrement-ids migration rebuilds every table', async () => {
    const all = migrations as unknown as Migration[]
    const rebuild = all.findIndex((migration) => migration.name === '20261127_103150_autoincrement_ids')
    const { client } = payload.db as unknown as { client: import('@libsql/client').Client }
    // Content as today's config writes it (the seed, a submission with a note), moved into the
    // schema of before the rebuild: each table keeps the columns it had then.
    await prepareDatabase(payload)
    await seedClinicContent(payload)
    await payload.create({ collection: collectionSlugs.contactSubmissions, data: { ...submission(payload), addNote: 'Prefers mornings.' } as never })
    const snapshot = path.join(mkdtempSync(path.join(tmpdir(), 'alt-migrations-')), 'snapshot.db')
    await client.execute(`ATTACH DATABASE '${snapshot}' AS snapshot`)
    const tables = (await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")).rows.map((row) => String(row.name))
    await client.execute('PRAGMA foreign_keys = OFF')
    for (const table of tables) {
      await client.execute(`CREATE TABLE snapshot."${table}" AS SELECT * FROM main."${table}"`)
      await client.execute(`DROP TABLE main."${table}"`)
    }
    await prepareDatabase(payload, all.slice(0, rebuild))
    await client.execute('PRAGMA foreign_keys = OFF')
    const columns = async (schema: string, table: string) => (await client.execute(`PRAGMA ${schema}.table_info("${table}")`)).rows.map((row) => String(row.name))
    for (const table of tables.filter((name) => name !== 'payload_migrations')) {
      const then = await columns('main', table)
      const kept = (await columns('snapshot', table)).filter((column) => then.includes(column)).map((column) => `"${column}"`).join(', ')
      if (then.length > 0) await client.execute(`INSERT INTO main."${table}" (${kept}) SELECT ${kept} FROM snapshot."${table}"`)
    }
    await client.execute('PRAGMA foreign_keys = ON')
    await client.execute('DETACH DATABASE snapshot')
    const before = await rowCounts()
    // Relationships, versions and search texts refer to the rebuilt tables: none may be lost.
    for (const table of ['articles_rels', '_articles_v', '_articles_v_rels', 'articles_texts', 'services_texts']) {
      expect(before[table]).toBeGreaterThan(0)
    }

    await prepareDatabase(payload)
    // Later migrations may add tables (empty here); every table there was keeps its rows.
    const after = await rowCounts()
    const kept = Object.fromEntries(Object.keys(before).map((table) => [table, after[table]]))
    expect(kept).toEqual({ ...before, payload_migrations: before.payload_migrations + all.length - rebuild })
    // Site search came later: what was published before is in its index once migrated.
    const published = (await payload.find({ collection: collectionSlugs.articles, where: { _status: { equals: 'published' } } })).totalDocs
    expect(published).toBeGreaterThan(0)
    expect((await payload.count({ collection: collectionSlugs.search, where: { 'doc.relationTo': { equals: collectionSlugs.articles } } })).totalDocs).toBe(published)
    // The SEO columns come through the rebuild, and the SEO plugin's fields read them.
    const stored = (await client.execute('SELECT slug, meta_title, meta_description FROM articles')).rows
    const { docs } = await payload.find({ collection: collectionSlugs.articles, draft: true, pagination: false })
    expect(stored.length).toBeGreaterThan(0)
    for (const row of stored) {
      expect(row.meta_title).toEqual(expect.any(String))
      expect(docs.find((doc) => doc.slug === row.slug)?.meta).toMatchObject({ title: row.meta_title, description: row.meta_description })
    }
  })

  test('ids are never reused: after the newest submission is deleted, the next gets a new id', async () => {
    const slug = collectionSlugs.contactSubmissions
    const newest = await payload.create({ collection: slug, data: submission(payload) as never })
    await payload.delete({ collection: slug, id: newest.id })
    const next = await payload.create({ collection: slug, data: submission(payload) as never })
    expect(next.id).toBeGreaterThan(newest.id as number)
  })
})

;(isMongoUrl(url) ? describe.skip : describe)('the submission-notes migration (SQLite and PostgreSQL)', () => {
  const name = /_submission_notes$/
  beforeAll(async () => {
    await prepareDatabase(payload)
  })

  test('the old single notes field becomes a first note, and going back joins the notes into it again', async () => {
    const all = (isPostgresUrl(url) ? postgresMigrations : migrations) as unknown as Migration[]
    const notesMigration = all.find((migration) => name.test(migration.name))!
    const adapter = payload.db as unknown as DrizzleAdapter
    const args = { db: adapter.drizzle, payload, req: {} } as never
    const sql = async (raw: string) => (await adapter.execute({ drizzle: adapter.drizzle, raw })) as { rows: Record<string, unknown>[] }
    const slug = collectionSlugs.contactSubmissions
    const kept = await payload.create({ collection: slug, data: { ...submission(payload), addNote: 'First.' } as never })
    await payload.update({ collection: slug, id: kept.id, data: { addNote: 'Second.' } as never })
    const plain = await payload.create({ collection: slug, data: submission(payload) as never })

    await notesMigration.down(args)
    const joined = await sql(`SELECT internal_notes FROM contact_submissions WHERE id = ${kept.id}`)
    expect(joined.rows[0].internal_notes).toBe('First.\n\nSecond.')
    await sql(`UPDATE contact_submissions SET internal_notes = 'Prefers mornings.' WHERE id = ${plain.id}`)

    await notesMigration.up(args)
    const migrated = await payload.findByID({ collection: slug, id: plain.id, depth: 0 })
    expect(migrated.notes).toEqual([{ id: expect.any(String), text: 'Prefers mornings.', author: null, at: migrated.updatedAt }])
    expect((await payload.findByID({ collection: slug, id: kept.id, depth: 0 })).notes).toEqual([
      expect.objectContaining({ text: 'First.\n\nSecond.', author: null }),
    ])
  })
})
