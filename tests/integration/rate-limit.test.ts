import type { Payload } from 'payload'

import { collectionSlugs } from '../../src/slugs'
import { graphql, rest, startPayload } from '../helpers/api'
import { submission } from '../helpers/intake'
import { staffTokens } from '../helpers/users'

const slug = collectionSlugs.contactSubmissions
let payload: Payload
let tokens: Record<'editor' | 'manager' | 'admin', string>

beforeAll(async () => {
  payload = await startPayload()
  tokens = await staffTokens(payload)
})
afterAll(async () => {
  await payload.destroy()
})

const from = (address: string) => ({ 'x-forwarded-for': address })
const post = (address: string, change: Record<string, unknown> = {}, token?: string) =>
  rest('POST', `/${slug}`, { body: submission(payload, change), headers: from(address), token })

// The app's default limits: 5 a minute and 50 a day per client address (in memory here).
test('the 6th submission in a minute from one address is a 429 with Retry-After, and is not stored', async () => {
  const results = []
  for (let i = 0; i < 5; i++) results.push((await post('203.0.113.1')).status)
  expect(results).toEqual([201, 201, 201, 201, 201])
  const before = (await payload.count({ collection: slug })).totalDocs
  const limited = await post('203.0.113.1')
  expect(limited.status).toBe(429)
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
  expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60)
  expect(limited.body.errors[0].message).toMatch(/^Too many messages from your address \(limit: 5 per minute\)/)
  expect((await payload.count({ collection: slug })).totalDocs).toBe(before)
})

test('other addresses are not affected', async () => {
  for (let i = 0; i < 6; i++) await post('203.0.113.2')
  expect((await post('203.0.113.3')).status).toBe(201)
})

test('bad requests count too: a flood of 400s cannot probe forever', async () => {
  for (let i = 0; i < 5; i++) expect((await post('203.0.113.4', { email: 'nope' })).status).toBe(400)
  expect((await post('203.0.113.4')).status).toBe(429)
})

test('GraphQL creates share the same limit (429 in the error’s extensions)', async () => {
  for (let i = 0; i < 5; i++) await post('203.0.113.5')
  const res = await graphql(`mutation ($data: mutationContactSubmissionInput!) { createContactSubmission(data: $data) { id } }`, {
    variables: { data: submission(payload) },
    headers: from('203.0.113.5'),
  })
  expect(res.body.errors[0].extensions.statusCode).toBe(429)
  expect(res.body.errors[0].message).toMatch(/^Too many messages/)
})

test('managers entering submissions are not limited', async () => {
  for (let i = 0; i < 7; i++) {
    const { formToken: _unused, ...body } = submission(payload)
    const res = await rest('POST', `/${slug}`, { body, headers: from('203.0.113.6'), token: tokens.manager })
    expect(res.status).toBe(201)
  }
})
