/**
 * `npm run bench:intake`: contact submissions at concurrency 50 against the production server
 * (`src/server.ts`, SQLite in a fresh temporary folder), as a frontend would send them, on two
 * servers alike but for the metrics: one with none, one with METRICS_PORT set and scraped every
 * second (Prometheus scrapes every 15 s). Rounds of BENCH_REQUESTS (1,000) alternate between
 * them (BENCH_ROUNDS, 5 each), so the machine's other load falls on both alike. Prints
 * submissions/s, latency percentiles and errors of each, and the difference metrics make, in
 * throughput and in each server's own CPU time per submission (which other load hardly moves). Needs a
 * build (`npm run build`; the server builds on its first start otherwise). BENCH_REQUESTS,
 * BENCH_CONCURRENCY, BENCH_WARMUP and BENCH_ROUNDS override the defaults.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { freePort, type ServerProcess, startServerProcess } from '../tests/helpers/serverProcess'
import { cpuCost, cpuPerRequest, metricsCost, perRequestCostNs, scrapeEverySecond } from './benchMetrics'

const total = Number(process.env.BENCH_REQUESTS ?? 1000)
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 50)
const warmUp = Number(process.env.BENCH_WARMUP ?? 1000)
const rounds = Number(process.env.BENCH_ROUNDS ?? 5)

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

const dataDir = mkdtempSync(path.join(tmpdir(), 'alt-bench-'))
// One client address sends everything here: lift the per-address limits for the benchmark.
const limits = { CONTACT_RATE_LIMIT_PER_MINUTE: '1000000', CONTACT_RATE_LIMIT_PER_DAY: '1000000' }
const metricsPort = await freePort()
const servers = {
  off: await startServerProcess({ dataDir: path.join(dataDir, 'off'), port: await freePort(), env: limits }),
  on: await startServerProcess({ dataDir: path.join(dataDir, 'on'), port: await freePort(), env: { ...limits, METRICS_PORT: String(metricsPort) } }),
}
const scraper = scrapeEverySecond(`http://127.0.0.1:${metricsPort}/metrics`)

type Result = { ms: number; ok: boolean; status: number }
let sent = 0

/** `count` submissions at `concurrency`: the time they took and each one's result. */
const submit = async (server: ServerProcess, formToken: string, count: number) => {
  const send = async (): Promise<Result> => {
    const n = sent++
    const started = performance.now()
    const res = await fetch(`${server.url}/api/contact-submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: `Bench ${n}`,
        email: `bench${n}@example.com`,
        phone: '+1 555 010 0000',
        message: `Benchmark message ${n}: I would like to know more about ketamine-assisted psychotherapy.`,
        inquiryType: 'appointment',
        consent: true,
        formToken,
      }),
    })
    await res.arrayBuffer()
    return { ms: performance.now() - started, ok: res.status === 201, status: res.status }
  }
  const results: Result[] = []
  let left = count
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (left-- > 0) results.push(await send())
    }),
  )
  return { seconds: (performance.now() - started) / 1000, results }
}

try {
  const tokens = Object.fromEntries(
    await Promise.all(
      Object.entries(servers).map(async ([name, server]) => [name, ((await (await fetch(`${server.url}/api/contact-submissions/form-token`)).json()) as { formToken: string }).formToken] as const),
    ),
  ) as Record<keyof typeof servers, string>
  // As a person would: the form is filled in for more than the minimum time.
  await new Promise((resolve) => setTimeout(resolve, 3100))
  // The first BENCH_WARMUP (1,000) on each warm up and are not measured: V8 compiles Payload's
  // create path over the first thousand or so submissions, and a server in service is past that.
  for (const name of ['off', 'on'] as const) await submit(servers[name], tokens[name], warmUp)

  const measured = { off: [] as Awaited<ReturnType<typeof submit>>[], on: [] as Awaited<ReturnType<typeof submit>>[] }
  const cpu = { off: cpuPerRequest(servers.off.child.pid!), on: cpuPerRequest(servers.on.child.pid!) }
  for (let round = 0; round < rounds; round++) {
    // Which goes first alternates too.
    for (const name of round % 2 === 0 ? (['off', 'on'] as const) : (['on', 'off'] as const)) {
      measured[name].push(await cpu[name].measure(() => submit(servers[name], tokens[name], total), (run) => run.results.length))
    }
  }

  const round = (ms: number) => `${ms.toFixed(1)} ms`
  console.log(`intake benchmark: ${rounds} × ${total} submissions on each server after ${warmUp} to warm up, alternated, concurrency ${concurrency}, production server, SQLite`)
  const throughput: Record<string, number> = {}
  let failed = 0
  for (const name of ['off', 'on'] as const) {
    const runs = measured[name]
    const results = runs.flatMap((run) => run.results)
    throughput[name] = results.length / runs.reduce((sum, run) => sum + run.seconds, 0)
    const latencies = results.map((result) => result.ms).sort((a, b) => a - b)
    const errors = results.filter((result) => !result.ok)
    failed += errors.length
    console.log(`metrics ${name === 'on' ? 'on (scraped every second)' : 'off'}`)
    console.log(`  throughput  ${throughput[name].toFixed(0)} submissions/s (rounds: ${runs.map((run) => (run.results.length / run.seconds).toFixed(0)).join(', ')})`)
    console.log(`  latency     p50 ${round(percentile(latencies, 50))}  p90 ${round(percentile(latencies, 90))}  p99 ${round(percentile(latencies, 99))}  max ${round(latencies.at(-1)!)}`)
    console.log(`  errors      ${errors.length}${errors.length ? ` (statuses: ${[...new Set(errors.map((error) => error.status))].join(', ')})` : ''}`)
  }
  const perRound = (name: 'off' | 'on') => measured[name].map((run) => run.results.length / run.seconds)
  console.log(`${metricsCost(perRound('off'), perRound('on'))}; ${scraper.count()} scrapes`)
  console.log(cpuCost('submission', cpu.off, cpu.on))
  const ns = perRequestCostNs()
  console.log(`metrics' own work per request: ${ns.toFixed(0)} ns, ${((ns * throughput.off) / 1e7).toFixed(3)} % of the ${(1e3 / throughput.off).toFixed(1)} ms a submission takes at ${throughput.off.toFixed(0)} submissions/s`)
  process.exitCode = failed > 0 ? 1 : 0
} finally {
  scraper.stop()
  await Promise.all(Object.values(servers).map((server) => server.stop()))
  rmSync(dataDir, { recursive: true, force: true })
}
