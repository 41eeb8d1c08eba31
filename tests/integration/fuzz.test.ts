import type { Payload } from 'payload'

import fc from 'fast-check'

import { collectionSlugs } from '../../src/slugs'
import { graphql, rest, startPayload } from '../helpers/api'
import { formTokenFor } from '../helpers/intake'
import { malformedRequest } from '../helpers/malformed'

const slug = collectionSlugs.contactSubmissions
let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload.destroy()
})

const stored = async () => (await payload.count({ collection: slug })).totalDocs

test('10,000 generated malformed REST bodies: each a 400, 413 or 415 with a JSON error, nothing stored', async () => {
  const before = await stored()
  const seen = new Set<number>()
  await fc.assert(
    fc.asyncProperty(malformedRequest(() => formTokenFor(payload)), async ({ body, contentType }) => {
      const res = await rest('POST', `/${slug}`, { body, headers: contentType ? { 'content-type': contentType } : {} })
      seen.add(res.status)
      expect([400, 413, 415]).toContain(res.status)
      expect(res.body?.errors?.[0]?.message).toEqual(expect.any(String))
    }),
    { numRuns: 10_000 },
  )
  expect(await stored()).toBe(before)
  // Every kind of refusal was exercised.
  expect([...seen].sort()).toEqual([400, 413, 415])
})

test('1,000 hostile GraphQL creates (any text in every field, one invalid): each refused with a 4xx, nothing stored', async () => {
  const before = await stored()
  const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('<script>alert(1)</script>', '__proto__', '{"$gt":""}'))
  const mutation = `mutation ($data: mutationContactSubmissionInput!) { createContactSubmission(data: $data) { id } }`
  await fc.assert(
    fc.asyncProperty(
      fc.record({ name: text, email: text, phone: text, message: text, website: text }),
      fc.constantFrom('consent', 'formToken', 'email'),
      async (fields, broken) => {
        const data = { inquiryType: 'general', consent: true, formToken: formTokenFor(payload), ...fields, email: 'ann@example.com' }
        if (broken === 'consent') data.consent = false
        if (broken === 'formToken') data.formToken = 'forged.token'
        if (broken === 'email') data.email = `${fields.email}@@`
        const res = await graphql(mutation, { variables: { data } })
        expect(res.body.data?.createContactSubmission ?? null).toBeNull()
        expect(res.body.errors[0].extensions.statusCode).toBeGreaterThanOrEqual(400)
        expect(res.body.errors[0].extensions.statusCode).toBeLessThan(500)
      },
    ),
    { numRuns: 1_000 },
  )
  expect(await stored()).toBe(before)
})
