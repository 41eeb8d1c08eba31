import type { Payload } from 'payload'

import { readFileSync } from 'node:fs'

import { seedSlugs } from '../../seed/content'
import { parseSource } from '../../seed/parse'
import { isDatabaseEmpty, seedClinicContent, sourcePath } from '../../seed/seed'
import { collectionSlugs, globalSlugs } from '../../src/slugs'
import { startPayload } from '../helpers/api'
import { lexicalBlocks } from '../helpers/lexical'

const source = readFileSync(sourcePath, 'utf8')
const contentCollections = [
  collectionSlugs.articles,
  collectionSlugs.quotes,
  collectionSlugs.services,
  collectionSlugs.providerDiscounts,
] as const

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload.destroy()
})

/** Every document of the seeded collections plus clinic-info, without volatile fields. */
const snapshot = async () => {
  const docs = await Promise.all(
    contentCollections.map(async (collection) => (await payload.find({ collection, limit: 100, depth: 0, sort: 'slug' })).docs),
  )
  const clinicInfo = await payload.findGlobal({ slug: globalSlugs.clinicInfo, depth: 0 })
  return JSON.stringify({ docs, clinicInfo })
}

const bySlug = async <C extends (typeof contentCollections)[number]>(collection: C, slug: string) =>
  (await payload.find({ collection, where: { slug: { equals: slug } }, depth: 0, limit: 1 })).docs[0]

test('a fresh database is empty, then seeded and published', async () => {
  expect(await isDatabaseEmpty(payload)).toBe(true)
  expect(await seedClinicContent(payload)).toEqual({ created: 6, updated: 0, unchanged: 0, skipped: 0 })
  expect(await isDatabaseEmpty(payload)).toBe(false)

  const article = await bySlug(collectionSlugs.articles, seedSlugs.article)
  expect(article).toMatchObject({ title: 'Understanding Ketamine', _status: 'published' })
  expect(article.publishedAt).toEqual(expect.any(String))
  expect(article.relatedServices).toHaveLength(2)
  const quote = await bySlug(collectionSlugs.quotes, seedSlugs.quote)
  expect(article.quote).toBe(quote.id)
  expect(quote).toMatchObject({ attribution: 'Daniel J. Siegel' })
  expect(quote.text).not.toMatch(/[“”]/)

  const kap = await bySlug(collectionSlugs.services, seedSlugs.kap)
  expect(kap).toMatchObject({ _status: 'published', course: { typicalSessions: 6 } })
  const discount = await bySlug(collectionSlugs.providerDiscounts, seedSlugs.providerDiscount)
  expect(discount._status).toBe('published')
  // No amount in the source: SQLite returns the empty group as nulls, MongoDB as {}.
  expect([discount.amount?.kind ?? null, discount.amount?.value ?? null]).toEqual([null, null])

  const clinic = await payload.findGlobal({ slug: globalSlugs.clinicInfo })
  expect(clinic).toMatchObject({ name: 'ALT.', contact: { heading: 'Contact us.' } })
  // Not in the source, so left empty (null on SQLite, absent on MongoDB).
  expect([clinic.contact?.email, clinic.contact?.phone, clinic.contact?.address].map((value) => value ?? null)).toEqual([null, null, null])
})

test('the article body keeps the three headings as h2 and the eight paragraphs, in order', async () => {
  const article = await bySlug(collectionSlugs.articles, seedSlugs.article)
  const doc = parseSource(source)
  const blocks = (article.body.root.children as { type: string; tag?: string }[]).map((node) => node.tag ?? node.type)
  expect(blocks).toEqual(doc.sections.flatMap((section) => ['h2', ...section.paragraphs.map(() => 'paragraph')]))
  expect(lexicalBlocks(article.body)).toEqual(doc.sections.flatMap((section) => [section.heading, ...section.paragraphs]))
})

test('every paragraph of the source appears verbatim in the seeded content', async () => {
  const seededText = [
    ...(await Promise.all(
      contentCollections.map(async (collection) => {
        const { docs } = await payload.find({ collection, limit: 100, depth: 0 })
        return docs.flatMap((doc) =>
          Object.values(doc).flatMap((value) => (typeof value === 'string' ? [value] : lexicalBlocks(value))),
        )
      }),
    )).flat(),
    ...Object.values((await payload.findGlobal({ slug: globalSlugs.clinicInfo })).contact ?? {}).filter((v) => typeof v === 'string'),
  ].join('\n\n')

  const paragraphs = source
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    // The quote is stored without its typographic marks and the attribution without its dash.
    .map((block) => block.replace(/^“(.*)”$/s, '$1').replace(/^— /, ''))
  expect(paragraphs).toHaveLength(16)
  for (const paragraph of paragraphs) expect(seededText).toContain(paragraph)
})

test('a second run creates, updates and deletes nothing', async () => {
  const before = await snapshot()
  const counts = await Promise.all(contentCollections.map(async (collection) => (await payload.count({ collection })).totalDocs))
  expect(await seedClinicContent(payload)).toEqual({ created: 0, updated: 0, unchanged: 6, skipped: 0 })
  expect(await snapshot()).toBe(before)
  expect(await Promise.all(contentCollections.map(async (collection) => (await payload.count({ collection })).totalDocs))).toEqual(counts)
})

test('what staff edited or deleted is left alone; untouched documents follow a changed source', async () => {
  const quote = await bySlug(collectionSlugs.quotes, seedSlugs.quote)
  await payload.update({ collection: collectionSlugs.quotes, id: quote.id, data: { context: 'Shown on the home page.' } })
  await payload.updateGlobal({ slug: globalSlugs.clinicInfo, data: { contact: { phone: '555 0100' } } })
  const discount = await bySlug(collectionSlugs.providerDiscounts, seedSlugs.providerDiscount)
  await payload.delete({ collection: collectionSlugs.providerDiscounts, id: discount.id })

  const changedSource = source.replace('Understanding Ketamine', 'Understanding Ketamine Today')
  expect(await seedClinicContent(payload, changedSource)).toEqual({ created: 0, updated: 1, unchanged: 2, skipped: 3 })

  expect((await bySlug(collectionSlugs.quotes, seedSlugs.quote)).context).toBe('Shown on the home page.')
  expect((await payload.findGlobal({ slug: globalSlugs.clinicInfo })).contact?.phone).toBe('555 0100')
  expect(await bySlug(collectionSlugs.providerDiscounts, seedSlugs.providerDiscount)).toBeUndefined()
  expect((await bySlug(collectionSlugs.articles, seedSlugs.article)).title).toBe('Understanding Ketamine Today')
})
