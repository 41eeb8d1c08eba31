import type { Payload } from 'payload'

import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'

import { collectionSlugs, globalSlugs } from '../src/slugs'
import { contentFromSource } from './content'
import { parseSource } from './parse'

export const sourcePath = new URL('./source/understanding-ketamine.txt', import.meta.url)

export type SeedReport = { created: number; updated: number; unchanged: number; skipped: number }

/** A report as `npm run seed` and `payload clinic:seed` log it. */
export const describeSeedReport = (report: SeedReport) =>
  `created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}, kept as staff left them ${report.skipped}`

/** What the seed last wrote to a document: how to tell later whether a person changed it. */
type SeedRecord = { hash: string; updatedAt: string }

const fingerprint = (data: unknown) => createHash('sha256').update(JSON.stringify(data)).digest('hex')

// Hooks check this to skip side effects (audit events) and publishing checks during seeding.
const context = { seeding: true }

type Outcome = keyof SeedReport

/**
 * Upserts one document by slug. The seed never deletes, and never overwrites what a person
 * changed: it remembers (in Payload's key-value store) the `updatedAt` it left on each document,
 * and keeps its hands off any document whose `updatedAt` has moved since, or that was deleted.
 */
const upsert = async <T extends { slug: string }>(
  payload: Payload,
  collection: 'articles' | 'quotes' | 'services' | 'provider-discounts',
  data: T,
): Promise<{ id?: number | string; outcome: Outcome }> => {
  const key = `seed:${collection}:${data.slug}`
  const hash = fingerprint(data)
  const record = await payload.kv.get<SeedRecord>(key)
  const {
    docs: [existing],
  } = await payload.find({ collection, where: { slug: { equals: data.slug } }, limit: 1, depth: 0, draft: true, context })
  const remember = (doc: { updatedAt: string }) => payload.kv.set(key, { hash, updatedAt: doc.updatedAt } satisfies SeedRecord)

  if (!existing) {
    if (record) return { outcome: 'skipped' } // seeded once, then deleted by staff
    const doc = await payload.create({ collection, data: { ...data, _status: 'published' } as never, context })
    await remember(doc)
    return { id: doc.id, outcome: 'created' }
  }
  if (!record || record.updatedAt !== existing.updatedAt) return { id: existing.id, outcome: 'skipped' }
  if (record.hash === hash) return { id: existing.id, outcome: 'unchanged' }
  const doc = await payload.update({ collection, id: existing.id, data: { ...data, _status: 'published' } as never, context })
  await remember(doc)
  return { id: doc.id, outcome: 'updated' }
}

const upsertClinicInfo = async (payload: Payload, data: object): Promise<Outcome> => {
  const key = `seed:${globalSlugs.clinicInfo}`
  const hash = fingerprint(data)
  const record = await payload.kv.get<SeedRecord>(key)
  const existing = await payload.findGlobal({ slug: globalSlugs.clinicInfo, depth: 0, context })
  const saved = typeof existing.updatedAt === 'string'
  if (saved && (!record || record.updatedAt !== existing.updatedAt)) return 'skipped'
  if (saved && record?.hash === hash) return 'unchanged'
  const doc = await payload.updateGlobal({ slug: globalSlugs.clinicInfo, data: { ...data, _status: 'published' } as never, context })
  await payload.kv.set(key, { hash, updatedAt: doc.updatedAt! } satisfies SeedRecord)
  return saved ? 'updated' : 'created'
}

/** Seeds the clinic content from the source document; safe to run any number of times. */
export const seedClinicContent = async (payload: Payload, source = readFileSync(sourcePath, 'utf8')): Promise<SeedReport> => {
  const content = contentFromSource(parseSource(source))
  const report: SeedReport = { created: 0, updated: 0, unchanged: 0, skipped: 0 }
  const count = <R extends { outcome: Outcome }>(result: R) => {
    report[result.outcome] += 1
    return result
  }

  const quote = count(await upsert(payload, collectionSlugs.quotes, content.quote))
  const services = []
  for (const service of content.services) services.push(count(await upsert(payload, collectionSlugs.services, service)))
  // Relationship ids are numbers on SQLite and strings on MongoDB; both are accepted.
  const related = (ids: (number | string | undefined)[]) => ids.filter((id) => id !== undefined) as number[]
  count(
    await upsert(payload, collectionSlugs.articles, {
      ...content.article,
      quote: related([quote.id])[0],
      relatedServices: related(services.map((service) => service.id)),
    }),
  )
  count(await upsert(payload, collectionSlugs.providerDiscounts, content.providerDiscount))
  report[await upsertClinicInfo(payload, content.clinicInfo)] += 1
  return report
}

/** True when none of the seeded collections holds a document yet (a brand-new database). */
export const isDatabaseEmpty = async (payload: Payload) => {
  const collections = [collectionSlugs.articles, collectionSlugs.quotes, collectionSlugs.services, collectionSlugs.providerDiscounts]
  for (const collection of collections) {
    if ((await payload.count({ collection })).totalDocs > 0) return false
  }
  return true
}
