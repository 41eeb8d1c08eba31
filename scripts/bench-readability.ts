/**
 * `npm run bench:readability`: how long the readability analysis of the seed article (title,
 * summary and body, as it runs on every save) takes in this process. Prints the first call (cold:
 * the parser and the syllable tables load) and the median and 95th percentile of BENCH_RUNS
 * (default 200) warm calls, in milliseconds.
 */
import { readFileSync } from 'node:fs'

import { contentFromSource } from '../seed/content'
import { parseSource } from '../seed/parse'
import { sourcePath } from '../seed/seed'
import { analyzeReadability } from '../src/readability/analyzeReadability'
import { defaultGlossary, defaultKnownAcronyms } from '../src/readability/defaultGlossary'

const runs = Number(process.env.BENCH_RUNS ?? 200)
const { article } = contentFromSource(parseSource(readFileSync(sourcePath, 'utf8')))
const sources = [
  { field: 'title', label: 'Title', value: article.title },
  { field: 'summary', label: 'Summary', value: article.summary },
  { field: 'body', label: 'Body', value: article.body },
]
const rules = { glossary: defaultGlossary, knownAcronyms: defaultKnownAcronyms }
const time = () => {
  const start = performance.now()
  analyzeReadability(sources, rules)
  return performance.now() - start
}
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

const cold = time()
const warm = Array.from({ length: runs }, time).sort((a, b) => a - b)
const { words } = analyzeReadability(sources, rules)
console.log(`readability of the seed article (${words} words): cold ${cold.toFixed(1)} ms; warm median ${percentile(warm, 50).toFixed(1)} ms, p95 ${percentile(warm, 95).toFixed(1)} ms over ${runs} runs`)
