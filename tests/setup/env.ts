import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

// Each test file gets its own throwaway data folder (SQLite file, uploads, secret) inside the
// run's folder, which tests/setup/global.ts removes at the end.
const dir = mkdtempSync(path.join(process.env.ALT_TEST_ROOT ?? tmpdir(), 'file-'))
process.env.DATA_DIR = dir
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production'
process.env.LOG_LEVEL ??= 'silent'
process.env.PREVIEW_URL ??= 'https://preview.alt.test'
process.env.SITE_URL ??= 'https://www.alt.test'

// On MongoDB, each test file gets its own database, since files run in parallel: the database
// named in DATABASE_URL (default "alt-test") gets a random suffix, keeping host and options:
// mongodb://127.0.0.1:27017/alt-ci?x=y → mongodb://127.0.0.1:27017/alt-ci-1f2e3d4c?x=y
// (A user in the URL logs in to the named database unless authSource says otherwise: kept.)
const mongo = process.env.DATABASE_URL?.match(/^(mongodb(?:\+srv)?:\/\/[^/?]+)\/?([^?]*)(\?.*)?$/)
if (mongo) {
  const [, server, name, options = ''] = mongo
  const authSource = server.includes('@') && !/[?&]authSource=/.test(options) ? `${options ? '&' : '?'}authSource=${name || 'admin'}` : ''
  process.env.DATABASE_URL = `${server}/${name || 'alt-test'}-${randomBytes(4).toString('hex')}${options}${authSource}`
}

// On PostgreSQL likewise: postgres://host/alt-ci → postgres://host/alt-ci-1f2e3d4c, which the
// adapter creates on first connect; tests/setup/globalTeardown.ts drops them after the run.
const postgres = process.env.DATABASE_URL?.match(/^(postgres(?:ql)?:\/\/[^/?]+)\/?([^?]*)(\?.*)?$/)
if (postgres) {
  const [, server, name, options = ''] = postgres
  process.env.DATABASE_URL = `${server}/${name || 'alt-test'}-${randomBytes(4).toString('hex')}${options}`
}

// On S3 (CI's media pass sets S3_BUCKET), each file's uploads go under a folder of its own, since
// each file's database names its uploads independently (two files may store "calm.png").
if (process.env.S3_BUCKET) process.env.S3_PREFIX = `${process.env.S3_PREFIX ?? 'test'}-${randomBytes(4).toString('hex')}`

// Suites that are not about two-factor sign-in log staff in with a password alone;
// tests/integration/two-factor.test.ts checks the default (admin and manager must use it).
process.env.TWO_FACTOR_REQUIRED_ROLES ??= 'none'
