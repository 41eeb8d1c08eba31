import type { Migration, Payload } from 'payload'

import config from '@payload-config'
import { getPayload } from 'payload'

import { seedClinicContent } from '../../seed/seed'
import { isMongoUrl, isPostgresUrl, prepareDatabase } from '../../src/database'
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

;(onSqlite ? describe : describe.skip)('SQLite migrations (SQLite only: MongoDB has none, PostgreSQL has its own, applied by every other test file)', () => {
  beforeAll(async () => {
    payload = await getPayload({ config })
  })
  afterAll(async () => {
    await payload.destroy()
  })

  test('upgrading a database with content keeps every row, though the autoincrement-ids migration rebuilds every table', async () => {
    const all = migrations as unknown as Migration[]
    const rebuild = all.findIndex((migration) => migration.name === '20261127_103150_autoincrement_ids')
    await prepareDatabase(payload, all.slice(0, rebuild))
    // Today's afterChange hooks write to tables this old schema lacks (the search index, the
    // redirects): the rows are what this test is about, so the old database is seeded without them.
    const contentSlugs = [collectionSlugs.articles, collectionSlugs.quotes, collectionSlugs.services, collectionSlugs.providerDiscounts]
    const afterChange = contentSlugs.map((slug) => payload.collections[slug].config.hooks.afterChange)
    for (const slug of contentSlugs) payload.collections[slug].config.hooks.afterChange = []
    await seedClinicContent(payload).finally(() => contentSlugs.forEach((slug, i) => (payload.collections[slug].config.hooks.afterChange = afterChange[i])))
    await payload.create({ collection: collectionSlugs.contactSubmissions, data: submission(payload) as never })
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
    // The SEO plugin's fields read the columns our own SEO fields wrote before it replaced them.
    const { client } = payload.db as unknown as { client: import('@libsql/client').Client }
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
