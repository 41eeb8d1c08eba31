import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { isPostgresUrl } from '../../src/database'
import { collectionSlugs } from '../../src/slugs'
import { startPayload } from '../helpers/api'

/**
 * PostgreSQL ends every session when it restarts or fails over (and an administrator can end
 * them by hand): the app's idle pooled connections then error. The process must survive that
 * and carry on with new connections. (A pooled connection's error with no listener ended the
 * whole process: CI's PostgreSQL pass crashed that way when its teardown dropped the databases.)
 */
const onPostgres = isPostgresUrl(process.env.DATABASE_URL ?? '')
const testOnPostgres = onPostgres ? test : (name: string, fn: jest.ProvidesCallback) => test.skip(`${name} [skipped: DATABASE_URL is not PostgreSQL; CI's PostgreSQL pass runs it]`, fn)

let payload: Payload
beforeAll(async () => {
  if (onPostgres) payload = await startPayload()
})
afterAll(async () => {
  await payload?.destroy()
})

testOnPostgres('when the server ends all of the app’s sessions, the next queries work on new connections', async () => {
  const pool = (payload.db as unknown as PostgresAdapter).pool
  // Several idle connections in the pool, as after any burst of requests.
  await Promise.all(Array.from({ length: 5 }, () => payload.count({ collection: collectionSlugs.articles })))
  expect(pool.idleCount).toBeGreaterThan(1)

  const admin = await pool.connect()
  let ended: number
  try {
    const { rows } = await admin.query('SELECT count(pg_terminate_backend(pid))::int AS ended FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()')
    ended = rows[0].ended
  } finally {
    admin.release()
  }
  expect(ended).toBeGreaterThan(1)
  // The errors of the ended connections arrive asynchronously.
  await new Promise((resolve) => setTimeout(resolve, 500))

  const counts = await Promise.all(Array.from({ length: 5 }, () => payload.count({ collection: collectionSlugs.articles })))
  expect(counts.every(({ totalDocs }) => totalDocs === counts[0].totalDocs)).toBe(true)
})
