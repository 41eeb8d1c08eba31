/**
 * `npm run bench:website`: the clinic's website (examples/website) as users and search engines
 * measure it. Starts the production content server (SQLite in a fresh temporary folder,
 * seeded), builds the website against it (`next build`, into examples/website/.next-bench) and
 * starts it (`next start`), then:
 *
 * 1. Lighthouse 12.2.3 (Debian's Chromium, headless, its default mobile emulation and
 *    throttling) on the home page and the article page: the four category scores, LCP, CLS and
 *    TBT, and every failed accessibility audit (Lighthouse runs axe-core for them).
 * 2. Throughput of the cached article page (A: `next start` serving it from its cache) against a
 *    bare `node:http` server in its own process answering the same bytes and headers (B), with
 *    autocannon at a fixed concurrency (16) for a fixed time (8 s) each, after a 2 s warm-up.
 *
 * Needs the admin's build (`npm run build`). Exits 1 when a Lighthouse target is missed
 * (performance ≥ 95, accessibility 100, best practices ≥ 95, SEO 100, no axe failure).
 * BENCH_SECONDS and BENCH_CONNECTIONS override the defaults.
 */
import autocannon from 'autocannon'
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { seedSlugs } from '../seed/content'
import { freePort, startServerProcess } from '../tests/helpers/serverProcess'
import { buildWebsite, startWebsite } from '../tests/helpers/website'
import { startBareServer } from './bareServer'

const seconds = Number(process.env.BENCH_SECONDS ?? 8)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16)
const articlePath = `/articles/${seedSlugs.article}`
const lighthouseCli = path.resolve('node_modules/lighthouse/cli/index.js')
const targets = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 100 } as const

type Report = {
  categories: Record<keyof typeof targets, { score: number; auditRefs: { id: string }[] }>
  audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode: string }>
}

/** One Lighthouse run of `url` (the CLI, as a user runs it): its JSON report. */
const lighthouse = async (url: string, dir: string) => {
  const output = path.join(dir, `lighthouse-${Date.now()}.json`)
  await promisify(execFile)(
    process.execPath,
    [lighthouseCli, url, '--output=json', `--output-path=${output}`, '--quiet', '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 },
  )
  return JSON.parse(readFileSync(output, 'utf8')) as Report
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'alt-bench-website-'))
const sitePort = await freePort()
// localhost, as Lighthouse treats it as a secure origin (the site is served over http here).
const siteUrl = `http://localhost:${sitePort}`
const webhookSecret = 'whsec_bench-only'
const server = await startServerProcess({ dataDir, port: await freePort(), requestLog: false, env: { SITE_URL: siteUrl, PREVIEW_URL: siteUrl, CORS_ORIGINS: siteUrl } })
let site: Awaited<ReturnType<typeof startWebsite>> | undefined
let bare: Awaited<ReturnType<typeof startBareServer>> | undefined
let missed = false

try {
  const settings = { apiUrl: server.url, siteUrl, distDir: '.next-bench' }
  await buildWebsite(settings)
  site = await startWebsite({ ...settings, port: sitePort, webhookSecret })

  console.log(`website benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}`)
  console.log('page       performance  accessibility  best-practices  seo   LCP ms  CLS    TBT ms  axe failures')
  for (const [name, pathname] of [['home', '/'], ['article', articlePath]]) {
    const report = await lighthouse(`${siteUrl}${pathname}`, dataDir)
    const score = (category: keyof typeof targets) => Math.round(report.categories[category].score * 100)
    const metric = (id: string) => report.audits[id].numericValue ?? NaN
    const axeFailures = report.categories.accessibility.auditRefs.map(({ id }) => id).filter((id) => report.audits[id].score === 0)
    for (const category of Object.keys(targets) as (keyof typeof targets)[]) if (score(category) < targets[category]) missed = true
    if (axeFailures.length > 0) missed = true
    console.log(
      `${name.padEnd(10)} ${String(score('performance')).padStart(11)}  ${String(score('accessibility')).padStart(13)}  ${String(score('best-practices')).padStart(14)}  ${String(score('seo')).padStart(3)}  ${metric('largest-contentful-paint').toFixed(0).padStart(6)}  ${metric('cumulative-layout-shift').toFixed(3)}  ${metric('total-blocking-time').toFixed(0).padStart(6)}  ${axeFailures.join(', ') || 'none'}`,
    )
  }
  console.log(`targets: performance ≥ ${targets.performance}, accessibility ${targets.accessibility}, best practices ≥ ${targets['best-practices']}, SEO ${targets.seo}, no axe failure`)

  // The bare server answers exactly what the site answers for the cached page, headers included.
  const sample = await fetch(`${site.url}${articlePath}`, { headers: { 'accept-encoding': 'identity' } })
  const cacheState = sample.headers.get('x-nextjs-cache')
  const pageKb = Number(sample.headers.get('content-length')) / 1024
  bare = await startBareServer(sample, dataDir)
  const rows = [
    { name: 'A', what: 'article page, cached (next start)', url: `${site.url}${articlePath}` },
    { name: 'B', what: 'bare node:http, same bytes', url: `${bare.url}${articlePath}` },
  ]
  const rates = new Map<string, number>()
  console.log(`\nrow  request                              req/s    p50 ms  p99 ms  errors   (${connections} connections, ${seconds} s)`)
  for (const row of rows) {
    await autocannon({ url: row.url, connections, duration: 2 })
    const result = await autocannon({ url: row.url, connections, duration: seconds })
    rates.set(row.name, result.requests.average)
    console.log(
      `${row.name}    ${row.what.padEnd(36)} ${result.requests.average.toFixed(0).padStart(6)}  ${String(result.latency.p50).padStart(6)}  ${String(result.latency.p99).padStart(6)}  ${result.errors + result.timeouts + result.non2xx}`,
    )
  }
  console.log(`A/B ${(rates.get('A')! / rates.get('B')!).toFixed(2)} (${cacheState ?? 'no x-nextjs-cache'} from Next's cache, ${pageKb.toFixed(0)} KB a page)`)
} finally {
  bare?.stop()
  await site?.stop()
  await server.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
if (missed) {
  console.log('A Lighthouse target was missed.')
  process.exitCode = 1
}
