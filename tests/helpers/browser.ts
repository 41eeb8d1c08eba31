import type { Browser, BrowserContext, Page } from 'playwright-core'

import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
/** Where a failed journey leaves its screenshot, console log and request list. */
export const resultsDir = path.join(projectRoot, 'test-results')
/**
 * Where the journeys save their pictures of the product. The ones README.md and docs/*.md show
 * are committed in docs/screenshots and replaced only when asked (`npm run screenshots`, which
 * sets UPDATE_SCREENSHOTS=1): each run draws new pixels, and a test run must leave the working
 * tree as it found it. Otherwise they go to test-results/screenshots (git-ignored) to look at.
 */
export const screenshotsDir =
  process.env.UPDATE_SCREENSHOTS === '1' ? path.join(projectRoot, 'docs/screenshots') : path.join(resultsDir, 'screenshots')

/**
 * Debian's Chromium (`apt-get install chromium`), never a downloaded browser. The flags keep it
 * from phoning home (updates, sync, field trials), so the only requests are the page's own.
 * `timeZone`: the zone its pages see as local (the clinic's, for staff who work there).
 */
export const launchChromium = ({ timeZone }: { timeZone?: string } = {}) =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    env: { ...process.env, ...(timeZone ? { TZ: timeZone } : {}) },
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })

export type BrowserSession = { context: BrowserContext; page: Page; requests: string[]; consoleLines: string[] }

const fileSafe = (name: string) => name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase()

/**
 * Runs `steps` in a fresh browser context (its own cookies) and records every request it makes.
 * A failure saves a screenshot, the console log and the requests under test-results/ and is
 * rethrown; a request to any origin outside `origins`, or anything a Content-Security-Policy
 * blocked, fails the session after its steps.
 */
export const inBrowser = async (browser: Browser, name: string, origins: string[], steps: (session: BrowserSession) => Promise<void>) => {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 } })
  const requests: string[] = []
  const consoleLines: string[] = []
  const blocked: string[] = []
  context.on('request', (request) => requests.push(`${request.method()} ${request.url()}`))
  context.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`))
  context.on('weberror', (error) => consoleLines.push(`[pageerror] ${error.error().stack ?? error.error().message}`))
  await context.exposeBinding('reportCspViolation', ({ page }, violation: string) => {
    blocked.push(`${page.url()}: ${violation}`)
    consoleLines.push(`[csp] ${violation}`)
  })
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportCspViolation: (violation: string) => void }).reportCspViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'an inline script or style'} (${event.sourceFile || 'the page'}:${event.lineNumber})`,
      ),
    ),
  )
  const page = await context.newPage()
  try {
    await steps({ context, page, requests, consoleLines })
  } catch (error) {
    mkdirSync(resultsDir, { recursive: true })
    const base = path.join(resultsDir, fileSafe(name))
    await page.screenshot({ path: `${base}.png`, fullPage: true }).catch(() => undefined)
    writeFileSync(`${base}.console.log`, `${consoleLines.join('\n')}\n`)
    writeFileSync(`${base}.requests.log`, `${requests.join('\n')}\n`)
    const csp = blocked.length > 0 ? `\nThe Content-Security-Policy blocked:\n${blocked.join('\n')}` : ''
    throw new Error(`${name}: ${(error as Error).message}${csp}\n(screenshot and console log in ${path.relative(projectRoot, base)}.*; last URL ${page.url()})`, { cause: error })
  } finally {
    await context.close()
  }
  const foreign = requests.filter((line) => {
    const url = new URL(line.slice(line.indexOf(' ') + 1))
    return !['data:', 'blob:'].includes(url.protocol) && !origins.includes(url.origin)
  })
  if (foreign.length > 0) throw new Error(`${name}: requests left the allowed origins (${origins.join(', ')}):\n${foreign.join('\n')}`)
  if (blocked.length > 0) throw new Error(`${name}: the Content-Security-Policy blocked:\n${blocked.join('\n')}`)
}

/** A picture for the docs: <name>.png in {@link screenshotsDir}, the visible part of the page. */
export const saveScreenshot = async (page: Page, name: string) => {
  mkdirSync(screenshotsDir, { recursive: true })
  await page.screenshot({ path: path.join(screenshotsDir, `${name}.png`) })
}
