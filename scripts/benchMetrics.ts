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
