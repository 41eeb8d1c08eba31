import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

import { requestMetrics, routeClassOf } from '../src/metrics/httpMetrics'
import { cacheLookups } from '../src/metrics/metrics'
import { publicRoutes } from '../src/server/publicRoutes'
import { collectionSlugs, globalSlugs } from '../src/slugs'

/**
 * What metrics add to each cached read, timed alone (a million times, after as many to warm up):
 * classing and observing the request, and counting the hit. Steadier than comparing servers on a
 * busy machine, and comparable with the time a cached read takes.
 */
export const perRequestCostNs = () => {
  const observe = requestMetrics(routeClassOf(publicRoutes([collectionSlugs.articles], [globalSlugs.clinicInfo])))
  const hits = cacheLookups.labels({ result: 'hit' })
  const path = '/api/articles'
  const time = (count: number) => {
    const started = process.hrtime.bigint()
    for (let i = 0; i < count; i++) {
      observe(path, 200, 1.5)
      hits.inc()
    }
    return Number(process.hrtime.bigint() - started) / count
  }
  time(1_000_000)
  return time(1_000_000)
}

/**
 * The difference metrics make, in per cent of the throughput without them: the median over the
 * rounds of each pair run back to back, since the machine's other load changes between rounds
 * more than metrics could.
 */
export const metricsCost = (off: number[], on: number[]) => {
  const differences = off.map((value, round) => ((on[round] - value) / value) * 100).sort((a, b) => a - b)
  const middle = Math.floor(differences.length / 2)
  const median = differences.length % 2 ? differences[middle] : (differences[middle - 1] + differences[middle]) / 2
  return `metrics on vs off: ${median.toFixed(1)} % (median of the rounds: ${differences.map((value) => value.toFixed(1)).join(', ')}; goal: within 3 %)`
}

/**
 * The benchmarks' Prometheus: scrapes `url` every second while they measure the server with
 * metrics on, so the cost of serving /metrics is in the numbers too. `count` says how many
 * scrapes answered 200.
 */
export const scrapeEverySecond = (url: string) => {
  let count = 0
  const timer = setInterval(() => {
    fetch(url).then(
      async (res) => {
        await res.arrayBuffer()
        if (res.status === 200) count++
      },
      () => undefined,
    )
  }, 1000)
  return { count: () => count, stop: () => clearInterval(timer) }
}

const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }))

/** CPU seconds (user and system) process `pid` has used so far, from /proc/<pid>/stat (Linux). */
const cpuSeconds = (pid: number) => {
  // utime and stime are fields 14 and 15; the command name (field 2) may hold spaces, so count after it.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ', 2)[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond
}

/**
 * The server's own CPU time per request, summed over every run measured with it: unlike
 * throughput, it hardly moves with what else the machine runs at the time, so it shows what
 * metrics cost even on a busy machine.
 */
export const cpuPerRequest = (pid: number) => {
  let cpu = 0
  let requests = 0
  return {
    /** Runs `work` (which answers how many requests it sent) and counts the CPU the server used meanwhile. */
    measure: async <T>(work: () => Promise<T>, count: (result: T) => number) => {
      const before = cpuSeconds(pid)
      const result = await work()
      cpu += cpuSeconds(pid) - before
      requests += count(result)
      return result
    },
    microseconds: () => (cpu / requests) * 1e6,
  }
}

/** "CPU per request: off 61.2 µs, on 62.0 µs (+1.3 %; goal within 3 %)". */
export const cpuCost = (what: string, off: ReturnType<typeof cpuPerRequest>, on: ReturnType<typeof cpuPerRequest>) => {
  const [a, b] = [off.microseconds(), on.microseconds()]
  const change = ((b - a) / a) * 100
  return `server CPU per ${what}: metrics off ${a.toFixed(1)} µs, on ${b.toFixed(1)} µs (${change >= 0 ? '+' : ''}${change.toFixed(1)} %; goal within 3 %)`
}
