/**
 * `npm run bench:readability`: how long the readability analysis of the seed article (title,
 * summary and body, as it runs on every save) takes in this process. Prints the first call (cold:
 * the parser and the syllable tables load) and the median and 95th percentile of BENCH_RUNS
 * (default 200) warm calls, in milliseconds. Then the same for a 5,000-word article (the seed's
 * body repeated), the size the editor's live panel must keep up with (it runs this same code in
 * the browser after each pause in typing).
 */
import { readFileSync } from 'node:fs'

import { contentFromSource } from '../seed/content'
import { parseSource } from '../seed/parse'
import { sourcePath } from '../seed/seed'
import { analyzeReadability, type ReadabilitySource } from '../src/readability/analyzeReadability'
import { defaultGlossary, defaultKnownAcronyms } from '../src/readability/defaultGlossary'

const runs = Number(process.env.BENCH_RUNS ?? 200)
const { article } = contentFromSource(parseSource(readFileSync(sourcePath, 'utf8')))
const sources: ReadabilitySource[] = [
  { field: 'title', label: 'Title', value: article.title },
  { field: 'summary', label: 'Summary', value: article.summary },
  { field: 'body', label: 'Body', value: article.body },
]
const rules = { glossary: defaultGlossary, knownAcronyms: defaultKnownAcronyms }
const time = (measured: ReadabilitySource[]) => () => {
  const start = performance.now()
  analyzeReadability(measured, rules)
  return performance.now() - start
}
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

const report = (name: string, measured: ReadabilitySource[], count: number) => {
  const cold = time(measured)()
  const warm = Array.from({ length: count }, time(measured)).sort((a, b) => a - b)
  const { words } = analyzeReadability(measured, rules)
  console.log(`readability of ${name} (${words} words): cold ${cold.toFixed(1)} ms; warm median ${percentile(warm, 50).toFixed(1)} ms, p95 ${percentile(warm, 95).toFixed(1)} ms over ${count} runs`)
}

report('the seed article', sources, runs)
const long = { ...article.body, root: { ...article.body.root, children: Array.from({ length: 6 }, () => article.body.root.children).flat() } }
report('a 5,000-word article', [...sources.slice(0, 2), { field: 'body', label: 'Body', value: long }], Math.ceil(runs / 5))
