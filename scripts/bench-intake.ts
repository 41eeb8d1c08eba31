/**
 * `npm run bench:intake`: 1,000 contact submissions at concurrency 50 against the production
 * server (`src/server.ts`, SQLite in a fresh temporary folder), as a frontend would send them.
 * Prints submissions/s, latency percentiles and errors. Needs a build (`npm run build`; the
 * server builds on its first start otherwise). BENCH_REQUESTS, BENCH_CONCURRENCY and
 * BENCH_WARMUP override the defaults.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { freePort, startServerProcess } from '../tests/helpers/serverProcess'

const total = Number(process.env.BENCH_REQUESTS ?? 1000)
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 50)

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

const dataDir = mkdtempSync(path.join(tmpdir(), 'alt-bench-'))
// One client address sends everything here: lift the per-address limits for the benchmark.
const server = await startServerProcess({
  dataDir,
  port: await freePort(),
  env: { CONTACT_RATE_LIMIT_PER_MINUTE: '1000000', CONTACT_RATE_LIMIT_PER_DAY: '1000000' },
})
try {
  const { formToken } = (await (await fetch(`${server.url}/api/contact-submissions/form-token`)).json()) as { formToken: string }
  // As a person would: the form is filled in for more than the minimum time.
  await new Promise((resolve) => setTimeout(resolve, 3100))
  const send = async (n: number) => {
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
  // The first BENCH_WARMUP (1,000) warm up and are not measured: V8 compiles Payload's create
  // path over the first thousand or so submissions, and a server in service is past that. The
  // clients go straight on to the measured ones, as steady traffic would: a pause in between
  // would start the measured run with 50 requests landing on an idle server at once.
  const warmUp = Number(process.env.BENCH_WARMUP ?? 1000)
  const results: Awaited<ReturnType<typeof send>>[] = []
  let next = -warmUp
  let started = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const n = next++
        if (n === 0) started = performance.now()
        const result = await send(n)
        if (n >= 0) results.push(result)
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  const latencies = results.map((result) => result.ms).sort((a, b) => a - b)
  const errors = results.filter((result) => !result.ok)
  const round = (ms: number) => `${ms.toFixed(1)} ms`
  console.log(`intake benchmark: ${total} submissions after ${warmUp} to warm up, concurrency ${concurrency}, production server, SQLite`)
  console.log(`  throughput  ${(total / seconds).toFixed(0)} submissions/s (${seconds.toFixed(2)} s)`)
  console.log(`  latency     p50 ${round(percentile(latencies, 50))}  p90 ${round(percentile(latencies, 90))}  p99 ${round(percentile(latencies, 99))}  max ${round(latencies.at(-1)!)}`)
  console.log(`  errors      ${errors.length}${errors.length ? ` (statuses: ${[...new Set(errors.map((error) => error.status))].join(', ')})` : ''}`)
  process.exitCode = errors.length > 0 ? 1 : 0
} finally {
  await server.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
