import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** One temporary folder per test run; each test file makes its own inside (tests/setup/env.ts). */
export default () => {
  process.env.ALT_TEST_ROOT = mkdtempSync(path.join(tmpdir(), 'alt-tests-'))
}
