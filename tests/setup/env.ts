import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

// Each test file gets its own throwaway data folder (SQLite file, uploads, secret) unless
// DATABASE_URL points the suite at MongoDB.
const dir = mkdtempSync(path.join(tmpdir(), 'alt-test-'))
process.env.DATA_DIR = dir
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production'
