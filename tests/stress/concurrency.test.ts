import type { Payload } from 'payload'

import { collectionSlugs } from '../../src/slugs'
import { rest, startPayload } from '../helpers/api'
import { submission } from '../helpers/intake'

const slug = collectionSlugs.contactSubmissions
let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload.destroy()
})

test('1,000 valid submissions sent 50 at a time: exactly 1,000 stored, each once, none lost', async () => {
  const before = (await payload.count({ collection: slug })).totalDocs
  const run = Date.now().toString(36)
  const messages = Array.from({ length: 1000 }, (_, i) => `Concurrent message ${i} of run ${run}.`)
  const ids: (number | string)[] = []
  for (let start = 0; start < messages.length; start += 50) {
    const batch = await Promise.all(
      messages.slice(start, start + 50).map((message) => rest('POST', `/${slug}`, { body: submission(payload, { message }) })),
    )
    for (const res of batch) {
      expect(res.status).toBe(201)
      ids.push(res.body.id)
    }
  }
  expect(new Set(ids.map(String)).size).toBe(1000)
  expect((await payload.count({ collection: slug })).totalDocs).toBe(before + 1000)

  const { docs } = await payload.find({
    collection: slug,
    where: { message: { like: `of run ${run}` } },
    pagination: false,
    select: { message: true, status: true },
  })
  expect(docs.map((doc) => doc.message).sort()).toEqual([...messages].sort())
  expect(docs.every((doc) => doc.status === 'new')).toBe(true)
})
