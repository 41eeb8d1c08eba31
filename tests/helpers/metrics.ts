export type Sample = { name: string; labels: Record<string, string>; value: number }

/** The samples of a Prometheus text exposition (comments skipped). */
export const parseMetrics = (text: string): Sample[] =>
  text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [, name, labelText = '', value] = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line)!
      const labels = Object.fromEntries([...labelText.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(([, key, text]) => [key, text]))
      return { name, labels, value: Number(value) }
    })

/** One scrape of a metrics server: every sample, and the sum of the samples of `name` whose labels include `labels`. */
export const scrape = async (url: string, token?: string) => {
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} })
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${await response.text()}`)
  const samples = parseMetrics(await response.text())
  const matching = (name: string, labels: Record<string, string> = {}) =>
    samples.filter((sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value))
  return {
    samples,
    value: (name: string, labels?: Record<string, string>) => matching(name, labels).reduce((total, sample) => total + sample.value, 0),
    series: (name: string) => matching(name).length,
  }
}
