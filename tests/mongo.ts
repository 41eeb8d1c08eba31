/**
 * `npm run test:mongo [-- <jest args>]`: the whole suite on your own MongoDB, e.g. the replica set
 * from docker-compose.yml:
 *
 *   TEST_MONGODB_URL='mongodb://127.0.0.1:27017/alt-test?replicaSet=rs0&directConnection=true' npm run test:mongo
 *
 * tests/setup/env.ts gives each test file its own database, <db>-<run>-<file>; they are dropped
 * after the run (set KEEP_TEST_DATABASES=true to look at them). CI runs the same suite on
 * FerretDB instead (.ci/run).
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'

const url = process.env.TEST_MONGODB_URL
const parts = url?.match(/^(mongodb(?:\+srv)?:\/\/[^/?]+)\/?([^?]*)(\?.*)?$/)
if (!url || !parts) {
  console.error(
    `test:mongo: set TEST_MONGODB_URL to a mongodb:// URL, e.g. 'mongodb://127.0.0.1:27017/alt-test?replicaSet=rs0&directConnection=true' (docker compose up -d --wait)${url ? ` (got "${url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')}")` : ''}`,
  )
  process.exit(1)
}

const [, server, name, options = ''] = parts
const prefix = `${name || 'alt-test'}-${randomBytes(3).toString('hex')}`
const authSource = server.includes('@') && !/[?&]authSource=/.test(options) ? `${options ? '&' : '?'}authSource=${name || 'admin'}` : ''

const run = spawnSync('npm', ['test', '--', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: `${server}/${prefix}${options}${authSource}` },
})

if (process.env.KEEP_TEST_DATABASES !== 'true') {
  // The driver comes with @payloadcms/db-mongodb; a failed clean-up only warns.
  try {
    const { MongoClient } = await import('mongodb')
    const client = await MongoClient.connect(url, { serverSelectionTimeoutMS: 5000 })
    try {
      const { databases } = await client.db().admin().listDatabases({ nameOnly: true })
      const ours = databases.filter((db) => db.name.startsWith(`${prefix}-`))
      for (const db of ours) await client.db(db.name).dropDatabase()
      if (ours.length) console.log(`test:mongo: dropped ${ours.length} test database(s) ${prefix}-*`)
    } finally {
      await client.close()
    }
  } catch (error) {
    console.warn(`test:mongo: could not drop the test databases ${prefix}-*: ${(error as Error).message}`)
  }
}

process.exit(run.status ?? 1)
