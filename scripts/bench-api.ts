/**
 * `npm run bench:api`: the public content API against the limit of this machine. Starts the
 * production server (`src/server.ts`, SQLite in a fresh temporary folder, seeded), a second one
 * on the same database with CONTENT_CACHE=off, and a bare `node:http` server in its own process
 * answering the same bytes as the cached article read. Then, with autocannon at a fixed
 * concurrency (32) for a fixed time (8 s) per row, after a 2 s warm-up each:
 *
 *   A  the bare node:http server          B  the cached REST article read
 *   C  the same with CONTENT_CACHE=off    D  the GraphQL query of docs/frontend.md, cached
 *   E  that query uncached                F  a 304 revalidation of B
 *   G  C through Express and Next, the way every read went before this front door
 *   H  site search (`/api/search?q=integration therapy`), cached, with 1,000 generated
 *      documents in the index (quotes and provider discounts, made over REST before the rows)
 *   I  that search uncached
 *
 * Prints req/s, p50, p99 and errors per row, the ratios the goals name, and the cached server's
 * RSS before and after. Then the cost of metrics: B against a third server alike but for
 * METRICS_PORT (scraped every second), alternated over BENCH_METRICS_ROUNDS (12) rounds of
 * BENCH_METRICS_SECONDS (3 s) each, so the machine's other load falls on both alike, and as many
 * rounds of the two side by side, with half the connections each; both throughputs and the
 * difference (goal < 3 %), and each server's own CPU time per request over all those rounds,
 * which the machine's other load hardly moves. The servers share one SQLite file, so only the
 * uncached one runs jobs and takes the generated documents (SQLite takes one writing process);
 * the cached and metered ones are web instances (JOBS=off). Needs a build (`npm run build`).
 * Clients send no Accept-Encoding (the same identity bytes in every row). The servers' request
 * logs go nowhere (stdout ignored). BENCH_SECONDS and BENCH_CONNECTIONS override the defaults.
 */
import autocannon from 'autocannon'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import path from 'node:path'

import { seedSlugs } from '../seed/content'
import { documentedGraphQLQuery } from '../tests/helpers/docs'
import { freePort, startServerProcess } from '../tests/helpers/serverProcess'
import { startBareServer } from './bareServer'
import { cpuCost, cpuPerRequest, metricsCost, perRequestCostNs, scrapeEverySecond } from './benchMetrics'

const seconds = Number(process.env.BENCH_SECONDS ?? 8)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32)
const metricsRounds = Number(process.env.BENCH_METRICS_ROUNDS ?? 12)
const metricsSeconds = Number(process.env.BENCH_METRICS_SECONDS ?? 3)
const articlePath = `/api/articles?where[slug][equals]=${seedSlugs.article}&depth=1`
const graphQLBody = JSON.stringify({
  query: documentedGraphQLQuery(),
})

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024

type Row = { name: string; what: string; url: string; method?: 'GET' | 'POST'; body?: string; headers?: Record<string, string> }

const run = async ({ url, method = 'GET', body, headers = {} }: Row, duration: number) =>
  autocannon({ url, method, body, headers: body ? { 'content-type': 'application/json', ...headers } : headers, connections, duration })

const dataDir = mkdtempSync(path.join(tmpdir(), 'alt-bench-api-'))
// The generated documents are written by an admin with a password alone.
const env = { TWO_FACTOR_REQUIRED_ROLES: 'none' }
// The three share one SQLite file, which takes one writing process (docs/operations.md,
// "Topology and scaling"): only `uncached` runs the job queue and is written to, so `cached` and
// `metered` are alike but for the metrics (web instances, JOBS=off).
const readOnly = { ...env, JOBS: 'off' }
const uncached = await startServerProcess({ dataDir, port: await freePort(), requestLog: false, env: { ...env, CONTENT_CACHE: 'off' } })
const cached = await startServerProcess({ dataDir, port: await freePort(), requestLog: false, env: readOnly })
const metricsPort = await freePort()
const metered = await startServerProcess({ dataDir, port: await freePort(), requestLog: false, env: { ...readOnly, METRICS_PORT: String(metricsPort) } })
const scraper = scrapeEverySecond(`http://127.0.0.1:${metricsPort}/metrics`)

/**
 * 1,000 published documents in the search index, over REST (so the index is built by its hooks,
 * as in use): 500 quotes and 500 provider discounts whose words come from a clinic's vocabulary,
 * a fifth of them with "integration" in the title.
 */
const generateDocuments = async (count: number) => {
  const api = `${uncached.url}/api`
  const json = { 'content-type': 'application/json' }
  const account = { email: 'bench@alt.test', name: 'Bench Admin', password: 'correct horse battery staple bench' }
  const first = await fetch(`${api}/users/first-register`, { method: 'POST', headers: json, body: JSON.stringify(account) })
  if (!first.ok) throw new Error(`first-register answered ${first.status}`)
  const { token } = (await first.json()) as { token: string }
  const words = ['integration', 'depression', 'anxiety', 'trauma', 'mindfulness', 'ketamine', 'therapy', 'sessions', 'support', 'healing', 'nurses', 'recovery']
  const pick = (i: number, n: number) => Array.from({ length: n }, (_, k) => words[(i * 7 + k * 5) % words.length]).join(' ')
  for (let i = 0; i < count; i++) {
    const quote = i % 2 === 0
    const title = `${i % 5 === 0 ? 'Integration' : 'Notes'} ${pick(i, 2)} ${i}`
    const body = quote ? { text: `${pick(i, 12)}.`, attribution: title } : { title, slug: `bench-${i}`, eligibility: `${pick(i, 10)}.`, _status: 'published' }
    const response = await fetch(`${api}/${quote ? 'quotes' : 'provider-discounts'}`, { method: 'POST', headers: { ...json, authorization: `JWT ${token}` }, body: JSON.stringify(body) })
    if (!response.ok) throw new Error(`creating document ${i} answered ${response.status}: ${await response.text()}`)
  }
}
const generated = 1000
const started = Date.now()
await generateDocuments(generated)
const generatedSeconds = (Date.now() - started) / 1000
const searchPath = `/api/search?q=${encodeURIComponent('integration therapy')}&limit=20`

// The bare server answers exactly what the cached server answers, headers included.
const sample = await fetch(`${cached.url}${articlePath}`, { headers: { 'accept-encoding': 'identity' } })
const bare = await startBareServer(sample, dataDir)

try {
  const etag = sample.headers.get('etag')!
  const rows: Row[] = [
    { name: 'A', what: 'bare node:http, same bytes', url: `${bare.url}${articlePath}` },
    { name: 'B', what: 'REST article, cached', url: `${cached.url}${articlePath}` },
    { name: 'C', what: 'REST article, CONTENT_CACHE=off', url: `${uncached.url}${articlePath}` },
    { name: 'D', what: 'GraphQL docs query, cached', url: `${cached.url}/api/graphql`, method: 'POST', body: graphQLBody },
    { name: 'E', what: 'GraphQL docs query, uncached', url: `${uncached.url}/api/graphql`, method: 'POST', body: graphQLBody },
    { name: 'F', what: 'REST article, 304 revalidation', url: `${cached.url}${articlePath}`, headers: { 'if-none-match': etag } },
    // The route every read took before the front door: Express, Next, then Payload. A token that
    // names no one sends the request there and is read as anonymous.
    { name: 'G', what: 'C through Express and Next', url: `${uncached.url}${articlePath}`, headers: { authorization: 'JWT not-a-token' } },
    { name: 'H', what: 'search, 1,000 documents, cached', url: `${cached.url}${searchPath}` },
    { name: 'I', what: 'search, 1,000 documents, uncached', url: `${uncached.url}${searchPath}` },
  ]
  const loadBefore = loadavg()[0]
  const rssBefore = rssMb(cached.child.pid!)
  const results = new Map<string, autocannon.Result>()
  for (const row of rows) {
    await run(row, 2)
    results.set(row.name, await run(row, seconds))
  }
  const rssAfter = rssMb(cached.child.pid!)

  // B with metrics off (the cached server) and on (metered), one after the other, in turn.
  const withMetrics: Row = { name: 'B+', what: 'B with metrics on', url: `${metered.url}${articlePath}` }
  await run(withMetrics, 2)
  const alternated = { off: [] as number[], on: [] as number[] }
  const cpu = { off: cpuPerRequest(cached.child.pid!), on: cpuPerRequest(metered.child.pid!) }
  const sent = (result: autocannon.Result) => result.requests.total
  for (let round = 0; round < metricsRounds; round++) {
    for (const [name, row] of round % 2 === 0 ? ([['off', rows[1]], ['on', withMetrics]] as const) : ([['on', withMetrics], ['off', rows[1]]] as const)) {
      alternated[name].push((await cpu[name].measure(() => run(row, metricsSeconds), sent)).requests.average)
    }
  }
  // And side by side (half the connections each, at the same time): whatever else the machine
  // does then takes from both alike, and the two share the cores as equals.
  const sideBySide = { off: [] as number[], on: [] as number[] }
  for (let round = 0; round < metricsRounds; round++) {
    const half = (url: string) => autocannon({ url, connections: connections / 2, duration: metricsSeconds })
    const [off, on] = await Promise.all([cpu.off.measure(() => half(rows[1].url), sent), cpu.on.measure(() => half(withMetrics.url), sent)])
    sideBySide.off.push(off.requests.average)
    sideBySide.on.push(on.requests.average)
  }

  const rate = (name: string) => results.get(name)!.requests.average
  console.log(`public API benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${connections} connections, ${seconds} s per row`)
  // Other processes on the machine take from the same cores: say how busy it was.
  console.log(`machine load average (1 min): ${loadBefore.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`)
  const hits = ((await (await fetch(`${cached.url}${searchPath}`)).json()) as { docs: unknown[] }).docs.length
  console.log(`search index: ${generated} generated documents (+ the seed), written over REST in ${generatedSeconds.toFixed(0)} s; H and I answer ${hits} results`)
  console.log('row  request                              req/s    p50 ms  p99 ms  errors')
  for (const row of rows) {
    const result = results.get(row.name)!
    const errors = result.errors + result.timeouts + result.non2xx - (row.name === 'F' ? result['3xx'] : 0)
    console.log(
      `${row.name}    ${row.what.padEnd(36)} ${rate(row.name).toFixed(0).padStart(6)}  ${String(result.latency.p50).padStart(6)}  ${String(result.latency.p99).padStart(6)}  ${errors}`,
    )
  }
  const ratio = (a: string, b: string) => (rate(a) / rate(b)).toFixed(2)
  console.log(`B/A ${ratio('B', 'A')} (goal ≥ 0.5)   D/A ${ratio('D', 'A')} (goal ≥ 0.4)   B/C ${ratio('B', 'C')} (goal ≥ 50)`)
  console.log(`RSS of the cached server: ${rssBefore.toFixed(0)} MB before, ${rssAfter.toFixed(0)} MB after (+${(rssAfter - rssBefore).toFixed(0)} MB, goal < 50)`)
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
  const [off, on] = [mean(alternated.off), mean(alternated.on)]
  console.log(`B, metrics off: ${off.toFixed(0)} req/s (rounds: ${alternated.off.map((value) => value.toFixed(0)).join(', ')})`)
  console.log(`B, metrics on (scraped every second): ${on.toFixed(0)} req/s (rounds: ${alternated.on.map((value) => value.toFixed(0)).join(', ')}); ${scraper.count()} scrapes`)
  console.log(metricsCost(alternated.off, alternated.on))
  console.log(`side by side, ${connections / 2} connections each: off ${mean(sideBySide.off).toFixed(0)} req/s, on ${mean(sideBySide.on).toFixed(0)} req/s`)
  console.log(metricsCost(sideBySide.off, sideBySide.on))
  console.log(cpuCost('cached read', cpu.off, cpu.on))
  const ns = perRequestCostNs()
  console.log(`metrics' own work per cached read: ${ns.toFixed(0)} ns, ${((ns * off) / 1e7).toFixed(2)} % of the ${(1e6 / off).toFixed(0)} µs a cached read takes at ${off.toFixed(0)} req/s`)
} finally {
  bare.stop()
  scraper.stop()
  await Promise.all([cached.stop(), uncached.stop(), metered.stop()])
  rmSync(dataDir, { recursive: true, force: true })
}
