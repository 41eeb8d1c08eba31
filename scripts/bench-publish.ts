/**
 * `npm run bench:publish`: what the plain-language check costs saving and publishing. In this
 * process, on SQLite in a fresh folder, a clinical reviewer edits the seed article ("Understanding
 * Ketamine": 925 words of body) and saves it as a draft, then publishes it, again and again,
 * through Payload's local API (`overrideAccess: false`), by two Payload instances on the same
 * database: the app as it is, and the same config without the check's hook (`storeReadability`,
 * which analyses the text and stores `readability`), i.e. as it was before the check. Rounds
 * alternate between them (BENCH_ROUNDS, default 10, of BENCH_RUNS, default 20, edits), so the
 * machine's other load falls on both alike. Prints the median and 95th percentile of each step
 * and what the check adds. The draft save analyses the changed text; the publish finds that
 * analysis already made (src/readability/readabilityCheck.ts, `analyzeOnce`).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const dataDir = mkdtempSync(path.join(tmpdir(), 'alt-bench-publish-'))
process.env.DATA_DIR = dataDir
process.env.PAYLOAD_SECRET ||= 'bench-publish'
process.env.LOG_LEVEL ||= 'warn'

const { getPayload } = await import('payload')
const { default: configPromise } = await import('../payload.config')
const { prepareDatabase } = await import('../src/database')
const { seedClinicContent } = await import('../seed/seed')
const { collectionSlugs } = await import('../src/slugs')

const rounds = Number(process.env.BENCH_ROUNDS ?? 10)
const runs = Number(process.env.BENCH_RUNS ?? 20)
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

const config = await configPromise
const withoutCheck = {
  ...config,
  collections: config.collections.map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeChange: collection.hooks.beforeChange.filter((hook) => hook.name !== 'storeReadability') },
  })),
}
const instances = {
  'with the check': await getPayload({ config }),
  'without it (before)': await getPayload({ config: withoutCheck, key: 'bench-without-readability' }),
}
const payload = instances['with the check']
await prepareDatabase(payload)
await seedClinicContent(payload)

// The first account is made an admin whatever it asks for; the reviewer is the second.
await payload.create({ collection: collectionSlugs.users, data: { email: 'bench-admin@alt.test', name: 'Bench Admin', password: 'a long bench passphrase', roles: ['admin'] } })
const reviewer = await payload.create({
  collection: collectionSlugs.users,
  data: { email: 'bench-reviewer@alt.test', name: 'Bench Reviewer', password: 'a long bench passphrase', roles: ['clinical-reviewer'] },
})
const user = { ...reviewer, collection: collectionSlugs.users }
const [article] = (await payload.find({ collection: collectionSlugs.articles, where: { slug: { equals: 'understanding-ketamine' } }, depth: 0 })).docs
// Reviewed, as publishing needs; the clinic’s text reads above the target grade, and a reviewer’s reason lets it be published.
await payload.update({
  collection: collectionSlugs.articles,
  id: article.id,
  data: { reviewedBy: reviewer.id, lastReviewedAt: new Date().toISOString(), readability: { overrideReason: 'The clinic’s existing page.' } } as never,
  user,
  overrideAccess: false,
})

let n = 0
type Instance = (typeof instances)[keyof typeof instances]
/** A reviewer's two steps: save an edit as a draft, then publish it. The milliseconds of each. */
const editThenPublish = async (instance: Instance) => {
  const started = performance.now()
  const common = { collection: collectionSlugs.articles, id: article.id, user, overrideAccess: false, depth: 0 } as const
  await instance.update({ ...common, data: { summary: `${article.summary} (${n++})` }, draft: true })
  const saved = performance.now()
  await instance.update({ ...common, data: { _status: 'published' } as never })
  return { draft: saved - started, publish: performance.now() - saved }
}

const times = Object.fromEntries(Object.keys(instances).map((name) => [name, { draft: [] as number[], publish: [] as number[] }]))
for (const instance of Object.values(instances)) for (let i = 0; i < 5; i++) await editThenPublish(instance) // warm-up
for (let round = 0; round < rounds; round++) {
  for (const [name, instance] of Object.entries(instances)) {
    for (let i = 0; i < runs; i++) {
      const { draft, publish } = await editThenPublish(instance)
      times[name].draft.push(draft)
      times[name].publish.push(publish)
    }
  }
}

for (const step of ['draft', 'publish'] as const) {
  const medians = Object.entries(times).map(([name, steps]) => {
    const sorted = steps[step].sort((a, b) => a - b)
    console.log(`${step === 'draft' ? 'save an edit as a draft' : 'publish it'}, ${name}: median ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms over ${sorted.length}`)
    return percentile(sorted, 50)
  })
  const added = medians[0] - medians[1]
  console.log(`  the check adds ${added.toFixed(1)} ms (${((added / medians[1]) * 100).toFixed(1)} %) to the median ${step === 'draft' ? 'draft save' : 'publish'}`)
}

await Promise.all(Object.values(instances).map((instance) => instance.destroy()))
rmSync(dataDir, { recursive: true, force: true })
process.exit(0)
