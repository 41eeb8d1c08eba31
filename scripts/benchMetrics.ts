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
