import type { Browser } from 'playwright-core'
import type { Payload } from 'payload'

import { startPayload } from '../helpers/api'
import { startAppServer } from '../helpers/appServer'
import { launchChromium } from '../helpers/browser'

let payload: Payload
let server: Awaited<ReturnType<typeof startAppServer>>
let browser: Browser

beforeAll(async () => {
  payload = await startPayload()
  server = await startAppServer(payload)
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server.close()
  await payload.destroy()
})

test('/api/docs renders the reference from local files under the server’s CSP, with no console errors', async () => {
  const page = await browser.newPage()
  const problems: string[] = []
  const origins = new Set<string>()
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  page.on('response', (answer) => answer.status() >= 400 && problems.push(`${answer.status()}: ${answer.url()}`))
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`))
  page.on('request', (request) => origins.add(new URL(request.url()).origin))

  const response = await page.goto(`${server.url}/api/docs`)
  expect(response!.status()).toBe(200)
  // The server's own headers are there, and the page's stricter policy on top.
  expect(response!.headers()['x-frame-options']).toBe('SAMEORIGIN')
  expect(response!.headers()['content-security-policy']).toContain("default-src 'self'")

  // Swagger UI has read /api/openapi.json: the title and an operation are on the page.
  await page.locator('.information-container .title').filter({ hasText: 'ALT. clinic content API' }).waitFor({ timeout: 20_000 })
  await page.locator('.opblock-summary-path', { hasText: '/api/articles/{id}' }).first().waitFor()
  expect(await page.locator('.opblock').count()).toBeGreaterThan(10)

  expect(problems).toEqual([])
  expect([...origins].filter((origin) => origin !== server.url && origin !== 'null')).toEqual([])
  await page.close()
})

test('only the package’s own files are served: anything else is a 404', async () => {
  expect((await fetch(`${server.url}/api/docs/swagger-ui-bundle.js`)).headers.get('content-type')).toContain('javascript')
  expect((await fetch(`${server.url}/api/docs/package.json`)).status).toBe(404)
  expect((await fetch(`${server.url}/api/docs/..%2F..%2Fpackage.json`)).status).toBe(404)
})
