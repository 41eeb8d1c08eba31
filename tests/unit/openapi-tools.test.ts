import config from '@payload-config'
import { execFile } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { openApiDocument } from '../../src/openapi/document'
import { projectRoot } from '../helpers/docs'

const run = promisify(execFile)
const bin = (name: string) => path.join(projectRoot, 'node_modules/.bin', name)

// The tools frontend developers run on an API document, with their stock rules (redocly.yaml:
// `recommended`; .spectral.yaml: `spectral:oas`): not one error or warning, for the committed
// document (integer ids) and the one a MongoDB server serves (string ids). And the typed client
// docs/frontend.md shows (openapi-typescript + openapi-fetch) compiles against it.
const dir = mkdtempSync(path.join(tmpdir(), 'openapi-tools-'))
// Inside the project (node_modules is ignored by git), so the example's imports resolve.
mkdirSync(path.join(projectRoot, 'node_modules/.cache'), { recursive: true })
const clientDir = mkdtempSync(path.join(projectRoot, 'node_modules/.cache/openapi-client-'))
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
  rmSync(clientDir, { recursive: true, force: true })
})

const documents = async () => {
  const withStringIds = path.join(dir, 'openapi-string-ids.json')
  writeFileSync(withStringIds, JSON.stringify(openApiDocument(await config, 'text')))
  return [path.join(projectRoot, 'openapi.json'), withStringIds]
}

test('redocly lint (recommended) finds no error and no warning', async () => {
  for (const file of await documents()) {
    const { stdout } = await run(bin('redocly'), ['lint', file, '--format=json', `--config=${path.join(projectRoot, 'redocly.yaml')}`], { cwd: projectRoot })
    const report = JSON.parse(stdout) as { totals: object; problems: { ruleId: string; message: string }[] }
    expect({ file, totals: report.totals, problems: report.problems.map(({ ruleId, message }) => `${ruleId}: ${message}`) }).toEqual({
      file,
      totals: { errors: 0, warnings: 0, ignored: 0 },
      problems: [],
    })
  }
}, 120_000)

test('spectral lint (spectral:oas) finds no error and no warning', async () => {
  for (const file of await documents()) {
    const result = await run(bin('spectral'), ['lint', file, '--format=json', '--fail-severity=warn', `--ruleset=${path.join(projectRoot, '.spectral.yaml')}`], { cwd: projectRoot }).catch(
      (error: { stdout: string }) => error,
    )
    const problems = (JSON.parse(result.stdout.slice(result.stdout.indexOf('['), result.stdout.lastIndexOf(']') + 1)) as { code: string; message: string; path: string[] }[]).map(
      ({ code, message, path: at }) => `${code}: ${message} (${at.join('.')})`,
    )
    expect({ file, problems }).toEqual({ file, problems: [] })
  }
}, 120_000)

test('openapi-typescript turns the committed document into examples/openapi.d.ts, and the example compiles with it under --strict', async () => {
  await run(bin('openapi-typescript'), [path.join(projectRoot, 'openapi.json'), '-o', path.join(clientDir, 'openapi.d.ts')], { cwd: projectRoot })
  const fix = 'Run `npm run generate:openapi` and commit examples/openapi.d.ts.'
  const upToDate = readFileSync(path.join(clientDir, 'openapi.d.ts'), 'utf8') === readFileSync(path.join(projectRoot, 'examples/openapi.d.ts'), 'utf8')
  expect({ upToDate, fix }).toEqual({ upToDate: true, fix })

  copyFileSync(path.join(projectRoot, 'examples/openapiFetchArticle.ts'), path.join(clientDir, 'openapiFetchArticle.ts'))
  const options = ['--noEmit', '--strict', '--skipLibCheck', '--target', 'es2023', '--lib', 'es2023,dom', '--module', 'esnext', '--moduleResolution', 'bundler', '--types', 'node']
  const compiled = await run(bin('tsc'), [...options, path.join(clientDir, 'openapiFetchArticle.ts')], { cwd: clientDir }).catch((error: { stdout: string }) => error)
  expect(compiled.stdout).toBe('')
}, 120_000)
