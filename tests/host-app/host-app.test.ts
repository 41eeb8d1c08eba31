import type { Browser } from 'playwright-core'

import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { publint } from 'publint'

import { verifyWebhook } from '../../examples/verifyWebhook'
import { overHttp } from '../helpers/appServer'
import { inBrowser, launchChromium } from '../helpers/browser'
import { freePort } from '../helpers/serverProcess'
import { startReceiver } from '../helpers/receiver'
import { freshCode } from '../helpers/totp'
import { enrolTwoFactor } from '../helpers/twoFactor'
import { password } from '../helpers/users'

/**
 * The plugin as a Payload developer gets it: `npm pack`, then a fresh Payload 3 app that is not
 * this repository (examples/host-app, copied to a temporary folder) installs the tarball beside
 * the same Payload version and goes through the steps docs/plugin.md gives: import map,
 * migrations, the seed script, `next build`, `next start`. Everything below talks to that app.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string }
const example = path.join(root, 'examples/host-app')

/** The packed tarball's budget: what `npm install` downloads. */
const maxPackedBytes = 250 * 1024

const work = mkdtempSync(path.join(tmpdir(), 'alt-host-app-'))
const app = path.join(work, 'app')
/** Only what the app needs: none of this repository's test settings (DATABASE_URL, roles…). */
const appEnv = {
  PATH: `${path.join(root, 'node_modules/.bin')}:${process.env.PATH}`,
  HOME: process.env.HOME ?? work,
  TMPDIR: process.env.TMPDIR ?? tmpdir(),
  // A machine that reaches the registry through its own certificate authority says so here;
  // npm under the project's Node would otherwise refuse the registry's certificate.
  ...(process.env.NODE_EXTRA_CA_CERTS ? { NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS } : {}),
  PAYLOAD_SECRET: 'host-app-test-secret-not-for-production',
  DATABASE_URI: `file:${path.join(app, 'clinic.db')}`,
  NEXT_TELEMETRY_DISABLED: '1',
}
const production = { ...appEnv, NODE_ENV: 'production' as const }

/** A command run to its end in the app folder; its output, or an error carrying it. */
const run = (command: string, args: string[], env: Record<string, string> = production, cwd = app) =>
  new Promise<string>((resolve, reject) => {
    const started = Date.now()
    execFile(command, args, { cwd, env: env as NodeJS.ProcessEnv, maxBuffer: 64 * 1024 * 1024, timeout: 600_000 }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`
      timings.push(`${[command, ...args].join(' ')}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
      if (error) reject(new Error(`${[command, ...args].join(' ')} failed (${error.code}):\n${output.slice(-4000)}`))
      else resolve(output)
    })
  })
const payloadCli = (...args: string[]) => run('npx', ['payload', ...args])

const timings: string[] = []
let packed: { filename: string; size: number; files: { path: string }[] }
let tarball: string
let seedRuns: string[] = []
let server: ChildProcess | undefined
let serverOutput = ''
let url: string
let browser: Browser
/** Where the app's webhooks deliver (a CDN purge, or a frontend's revalidation, in real life). */
let receiver: Awaited<ReturnType<typeof startReceiver>>
/** The app's first account (an admin), past its second factor. */
let owner: string

beforeAll(async () => {
  // 1. The tarball, as `npm publish` makes it: prepack's build, then the pack (whose JSON report
  // is the whole output only without the build's lines).
  await run('npm', ['run', 'build:package'], appEnv, root)
  ;[packed] = JSON.parse(await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], appEnv, root))
  tarball = path.join(work, packed.filename)

  // 2. A fresh app with its own config, routes and database, depending on the tarball. Its routes
  // are the ones create-payload-app writes, the same in every app: this repository's, without its
  // import map (generated below) and with no styles of its own.
  cpSync(example, app, { recursive: true })
  cpSync(path.join(root, 'src/app/(payload)'), path.join(app, 'app/(payload)'), {
    recursive: true,
    filter: (source) => !/importMap\.js$/.test(source),
  })
  writeFileSync(path.join(app, 'app/(payload)/custom.scss'), '')
  const manifest = JSON.parse(readFileSync(path.join(app, 'package.json'), 'utf8'))
  manifest.dependencies[pkg.name] = `file:${tarball}`
  writeFileSync(path.join(app, 'package.json'), JSON.stringify(manifest, null, 2))
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], appEnv)

  // 3. The steps of docs/plugin.md.
  receiver = await startReceiver()
  Object.assign(production, { WEBHOOK_ALLOWED_ORIGINS: receiver.origin })
  await payloadCli('generate:importmap')
  await payloadCli('migrate:create', 'initial')
  await payloadCli('migrate')
  seedRuns = [await payloadCli('clinic:seed'), await payloadCli('clinic:seed')]
  await run('npx', ['next', 'build'])

  const port = await freePort()
  url = `http://localhost:${port}`
  server = spawn(path.join(app, 'node_modules/.bin/next'), ['start', '-p', String(port)], { cwd: app, env: { ...production, SERVER_URL: url }, stdio: ['ignore', 'pipe', 'pipe'] })
  server.stdout!.on('data', (chunk) => (serverOutput += chunk))
  server.stderr!.on('data', (chunk) => (serverOutput += chunk))
  const started = Date.now()
  for (;;) {
    const answer = await fetch(`${url}/api/articles?limit=1`).catch(() => undefined)
    if (answer?.ok) break
    if (server.exitCode !== null || Date.now() - started > 60_000) throw new Error(`next start did not answer:\n${serverOutput.slice(-3000)}`)
    await sleep(250)
  }
  timings.push(`next start → first answer: ${((Date.now() - started) / 1000).toFixed(1)} s`)
  const api = overHttp(url)
  const first = await api.rest('POST', '/users/first-register', { body: { email: 'owner@clinic.test', name: 'Olive Owner', password } })
  if (first.status !== 200) throw new Error(`first-register answered ${first.status}: ${JSON.stringify(first.body)}`)
  owner = first.body.token
  await enrolTwoFactor(owner, api)
  browser = await launchChromium()
}, 900_000)

afterAll(async () => {
  console.log(`host app (${packed?.filename}, ${((packed?.size ?? 0) / 1024).toFixed(1)} kB packed):\n${timings.join('\n')}`)
  await browser?.close()
  await receiver?.close()
  server?.kill('SIGTERM')
  if (server && server.exitCode === null) await new Promise((resolve) => server!.once('exit', resolve))
  rmSync(work, { recursive: true, force: true })
})

describe('the package', () => {
  test(`is small (under ${maxPackedBytes / 1024} kB packed) and holds only what runs`, () => {
    expect(packed.size).toBeLessThan(maxPackedBytes)
    const outside = packed.files.map((file) => file.path).filter((file) => !file.startsWith('dist/') && !['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'].includes(file))
    expect(outside).toEqual([])
    expect(packed.files.map((file) => file.path)).toEqual(expect.arrayContaining(['LICENSE', 'CHANGELOG.md', 'dist/seed/source/understanding-ketamine.txt']))
  })

  test('publint finds no problem in the tarball', async () => {
    const { messages } = await publint({ pack: { tarball: readFileSync(tarball).buffer as ArrayBuffer }, strict: true })
    expect(messages).toEqual([])
  })

  test('its types resolve for Node and bundlers (@arethetypeswrong/cli, ESM-only profile)', async () => {
    // attw exits non-zero on any problem; the ESM-only profile leaves out CommonJS and node10.
    const report = await run('npx', ['attw', tarball, '--profile', 'esm-only'], appEnv, root)
    const resolutions = [...report.matchAll(/^(node16 \(from ESM\)|bundler): (.*)$/gm)].map(([, mode, result]) => `${mode}: ${result.trim()}`)
    expect(resolutions).toHaveLength(2 * 5) // the five entries (package.json too), each for Node and for bundlers
    expect(resolutions.filter((line) => !line.includes('🟢'))).toEqual([])
  })

  test('the example app pins the Payload, Next and React versions this repository runs', () => {
    const versions = JSON.parse(readFileSync(path.join(example, 'package.json'), 'utf8')) as Record<string, Record<string, string>>
    const pinned = { ...versions.dependencies, ...versions.devDependencies }
    for (const [name, version] of Object.entries(pinned)) {
      if (name === pkg.name) expect(version).toBe(pkg.version)
      else expect({ name, version }).toEqual({ name, version: JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version })
    }
  })
})

describe('a fresh Payload app with clinicContent()', () => {
  test('its import map names the plugin’s components by package', () => {
    const importMap = readFileSync(path.join(app, 'app/(payload)/admin/importMap.js'), 'utf8')
    for (const name of ['client#ExportCsvButton', 'client#TwoFactorGate', 'client#WebhookActions', 'client#CurrentPasswordField', 'rsc#RoleDashboard', 'rsc#TwoFactorView']) {
      expect(importMap).toContain(`"${pkg.name}/${name}"`)
    }
  })

  test('migrate:create made a migration with every table the plugin needs', () => {
    const migrations = readFileSync(path.join(app, 'migrations/index.ts'), 'utf8')
    const name = migrations.match(/from '\.\/(\w+)'/)![1]
    const sql = readFileSync(path.join(app, 'migrations', `${name}.ts`), 'utf8')
    for (const table of ['articles', '_articles_v', 'quotes', 'services', 'provider_discounts', 'contact_submissions', 'audit_events', 'users', 'media', 'webhooks', 'webhook_deliveries', 'clinic_info', 'payload_jobs']) {
      expect({ table, created: sql.includes(`CREATE TABLE \\\`${table}\\\``) }).toEqual({ table, created: true })
    }
  })

  test('payload clinic:seed seeds the clinic content, and a second run changes nothing', () => {
    expect(seedRuns[0]).toMatch(/clinic:seed: created 6, updated 0, unchanged 0/)
    expect(seedRuns[1]).toMatch(/clinic:seed: created 0, updated 0, unchanged 6/)
  })

  test('the seeded article is served by REST and GraphQL', async () => {
    const api = overHttp(url)
    const rest = await api.rest('GET', '/articles?where[slug][equals]=understanding-ketamine&depth=0')
    expect(rest.status).toBe(200)
    expect(rest.body.docs.map((doc: { title: string }) => doc.title)).toEqual(['Understanding Ketamine'])
    const graphql = await api.graphql('{ Articles(where: { slug: { equals: "understanding-ketamine" } }) { docs { title jsonLd } } }')
    expect(graphql.body.data.Articles.docs[0]).toMatchObject({ title: 'Understanding Ketamine', jsonLd: expect.objectContaining({ '@type': 'MedicalWebPage' }) })
  })

  test('the intake stores a post with a form token, and answers a bad one with its field errors', async () => {
    const { formToken } = (await (await fetch(`${url}/api/contact-submissions/form-token`)).json()) as { formToken: string }
    await sleep(3_100) // the spam screen refuses forms filled faster than minFillSeconds (3)
    const post = (body: object) => fetch(`${url}/api/contact-submissions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    const good = await post({ name: 'Ann Lee', email: 'ann@example.com', message: 'I would like to book a consultation.', inquiryType: 'appointment', consent: true, formToken })
    expect(good.status).toBe(201)
    const bad = await post({ name: '', email: 'not-an-email', message: 'Hello', inquiryType: 'appointment', consent: true, formToken })
    expect(bad.status).toBe(400)
    const paths = ((await bad.json()) as { errors: { data?: { errors: { path: string }[] } }[] }).errors[0].data!.errors.map((error) => error.path)
    expect(paths).toEqual(expect.arrayContaining(['name', 'email']))
  })

  test('staff see the ALT. dashboard, the submissions with Export CSV, and enrol a second factor in the admin', async () => {
    const api = overHttp(url)
    const manager = await api.rest('POST', '/users', { token: owner, body: { email: 'manager@clinic.test', name: 'Max Manager', password, roles: ['manager'] } })
    expect(manager.status).toBe(201)
    await inBrowser(browser, 'host app: manager', [url], async ({ page, consoleLines }) => {
      await page.goto(`${url}/admin/login`)
      await page.getByLabel('Email').fill('manager@clinic.test')
      await page.getByLabel('Password').fill(password)
      await page.getByRole('button', { name: 'Login' }).click()
      await page.waitForURL(`${url}/admin/two-factor`)
      await page.getByRole('button', { name: 'Start' }).click()
      await page.getByAltText('QR code for your authenticator app').waitFor()
      const key = (await page.locator('form code').textContent())!.trim()
      await page.getByLabel('Authentication code').fill(await freshCode(key))
      await page.getByRole('button', { name: 'Confirm' }).click()
      await page.getByText('Save your recovery codes').waitFor()
      await page.getByRole('button', { name: 'I saved them: continue' }).click()
      await page.waitForURL(`${url}/admin`)
      await page.locator('.role-dashboard').waitFor()
      await page.getByRole('link', { name: '1 new contact submission' }).waitFor()

      await page.goto(`${url}/admin/collections/contact-submissions`)
      await page.locator('.export-csv').getByRole('button', { name: 'Export CSV' }).waitFor()
      await page.locator('.table tbody tr').first().getByText('Ann Lee').waitFor()
      expect(consoleLines.filter((line) => line.startsWith('[error]') || line.startsWith('[pageerror]'))).toEqual([])
    })
  })

  test('a draft is never what the public reads', async () => {
    const api = overHttp(url)
    const draft = await api.rest('PATCH', '/articles/1?draft=true', { token: owner, body: { title: 'A draft nobody outside may see' } })
    expect(draft.status).toBe(200)
    for (const path of ['/articles/1?draft=true&depth=0', '/articles?draft=true&depth=0']) {
      const read = await api.rest('GET', path)
      expect(JSON.stringify(read.body)).not.toContain('A draft nobody outside may see')
    }
    expect((await api.rest('GET', '/articles/1?depth=0')).body.title).toBe('Understanding Ketamine')
  })

  test('a published change reaches a webhook receiver, signed, once the app’s jobs run (what purges a CDN)', async () => {
    const api = overHttp(url)
    const created = await api.rest('POST', '/webhooks', { token: owner, body: { url: receiver.url, events: ['publish', 'update'], collections: ['quotes'] } })
    expect(created.status).toBe(201)
    const quotes = await api.rest('GET', '/quotes?limit=1&depth=0')
    // The seeded quote is live already: a new published version of it is an update.
    const published = await api.rest('PATCH', `/quotes/${quotes.body.docs[0].id}`, { token: owner, body: { _status: 'published' } })
    expect(published.status).toBe(200)
    expect(receiver.received).toEqual([]) // queued, not sent by the request
    await payloadCli('jobs:run', '--queue', 'default')
    expect(receiver.received).toHaveLength(1)
    const [delivery] = receiver.received
    expect(verifyWebhook(delivery.body, String(delivery.headers['x-alt-signature']), created.body.doc.secret)).toBe(true)
    expect(JSON.parse(delivery.body)).toMatchObject({ event: 'update', collection: 'quotes', slug: quotes.body.docs[0].slug })
  })

  test('tsc --strict accepts the app’s config with the package’s types', async () => {
    await expect(run('npx', ['tsc', '--noEmit', '--strict', '-p', 'tsconfig.json'], appEnv)).resolves.toBe('')
  })
})
