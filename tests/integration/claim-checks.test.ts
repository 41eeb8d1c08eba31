import type { Payload } from 'payload'

import { heading, paragraph, richText } from '../../seed/lexical'
import { collectionSlugs } from '../../src/slugs'
import { graphql, rest, startPayload } from '../helpers/api'
import { staffTokens } from '../helpers/users'

let payload: Payload
let tokens: Awaited<ReturnType<typeof staffTokens>>

beforeAll(async () => {
  payload = await startPayload()
  tokens = await staffTokens(payload)
})
afterAll(async () => {
  await payload.destroy()
})

const reviewed = () => ({ reviewedBy: tokens.reviewerId, lastReviewedAt: new Date().toISOString() })
const risky = (title: string) => ({
  title,
  body: richText([heading('What to expect'), paragraph('Sessions are calm.'), paragraph('Ketamine can cure depression for good.')]),
})
const errorsOf = (body: any) => (body.errors?.[0]?.data?.errors ?? []) as { path: string; message: string }[]

test('an editor saves a draft with a risky claim: drafts are not checked', async () => {
  const res = await rest('POST', '/articles', { token: tokens.editor, body: risky('Draft with claim') })
  expect(res.status).toBe(201)
})

test('publishing is refused with the phrase, the field and the paragraph named; nothing goes live', async () => {
  const res = await rest('POST', '/articles', { token: tokens.reviewer, body: { ...risky('Strong claim'), ...reviewed(), _status: 'published' } })
  expect(res.status).toBe(400)
  expect(errorsOf(res.body)).toEqual([
    {
      path: 'body',
      label: 'Content > Body',
      message: expect.stringMatching(/^Risky claim "cure" in Body, paragraph 2: "Ketamine can cure depression for good\." .*override reason/),
    },
  ])
  expect((await rest('GET', '/articles?where[title][equals]=Strong claim')).body.totalDocs).toBe(0)
})

test('publishing shows every problem at once: the risky claim with its remedy, and the missing reviewer and date', async () => {
  const res = await rest('POST', '/articles', { token: tokens.reviewer, body: { ...risky('All at once'), _status: 'published' } })
  expect(res.status).toBe(400)
  expect(Object.fromEntries(errorsOf(res.body).map((error) => [error.path, error.message]))).toEqual({
    body: expect.stringMatching(/^Risky claim "cure" in Body, paragraph 2: .*Rephrase it, or have a clinical reviewer record an override reason under Clinical review\.$/),
    reviewedBy: 'Name the clinical reviewer who checked this before publishing.',
    lastReviewedAt: 'Enter the date of the clinical review before publishing.',
  })
})

test('over GraphQL too, and on services’ plain text fields', async () => {
  const gql = await graphql(
    `mutation ($data: mutationServiceInput!) { createService(data: $data) { id } }`,
    { token: tokens.reviewer, variables: { data: { name: 'Calm', slug: 'calm', summary: 'Results guaranteed.', ...reviewed(), _status: 'published' } } },
  )
  expect(gql.body.errors?.[0]?.message).toMatch(/summary/i)
  expect(JSON.stringify(gql.body.errors)).toMatch(/Risky claim \\"guaranteed\\" in Summary/)
  expect((await payload.count({ collection: collectionSlugs.services, where: { name: { equals: 'Calm' } } })).totalDocs).toBe(0)
})

test('a reviewer’s override reason lets it publish, is kept with the version, and covers only the phrases it saw', async () => {
  const reason = 'Quoted from a patient testimonial, clearly attributed; reviewed with the medical director.'
  const created = await rest('POST', '/articles', {
    token: tokens.reviewer,
    body: { ...risky('Overridden'), ...reviewed(), claimCheck: { overrideReason: reason }, _status: 'published' },
  })
  expect(created.status).toBe(201)
  expect(created.body.doc.claimCheck).toEqual({ overrideReason: reason, overriddenPhrases: ['cure'] })

  const versions = await payload.findVersions({ collection: collectionSlugs.articles, where: { parent: { equals: created.body.doc.id } } })
  expect(versions.docs[0].version.claimCheck?.overrideReason).toBe(reason)

  // A new risky phrase needs the reason revisited.
  const body = richText([paragraph('Ketamine can cure depression for good.'), paragraph('Relief is guaranteed.')])
  const edited = await rest('PATCH', `/articles/${created.body.doc.id}`, { token: tokens.reviewer, body: { body } })
  expect(edited.status).toBe(400)
  expect(errorsOf(edited.body).map((error) => error.message)).toEqual([expect.stringMatching(/^Risky claim "guaranteed" in Body, paragraph 2/)])
  const revisited = await rest('PATCH', `/articles/${created.body.doc.id}`, {
    token: tokens.reviewer,
    body: { body, claimCheck: { overrideReason: `${reason} Guarantee refers to the refund policy.` } },
  })
  expect(revisited.status).toBe(200)
  expect(revisited.body.doc.claimCheck.overriddenPhrases).toEqual(['cure', 'guaranteed'])
})

test('editors cannot record an override, and the public never sees override notes', async () => {
  const draft = await rest('POST', '/articles', { token: tokens.editor, body: { ...risky('Editor override'), claimCheck: { overrideReason: 'Trust me.' } } })
  expect(draft.body.doc.claimCheck?.overrideReason ?? null).toBeNull()

  const published = await rest('POST', '/articles', {
    token: tokens.reviewer,
    body: { ...risky('Public override'), ...reviewed(), claimCheck: { overrideReason: 'Testimonial.' }, _status: 'published' },
  })
  const anonymous = await rest('GET', `/articles/${published.body.doc.id}`)
  expect(anonymous.status).toBe(200)
  expect(anonymous.body.claimCheck).toBeUndefined()
})
