import type { Payload } from 'payload'

import { issueFormToken } from '../../src/intake/formToken'
import { collectionSlugs } from '../../src/slugs'
import { graphql, rest, startPayload } from '../helpers/api'
import { formTokenFor, submission } from '../helpers/intake'

const slug = collectionSlugs.contactSubmissions
let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload.destroy()
})

const stored = async (id: number | string) => payload.findByID({ collection: slug, id })
const fieldErrors = (body: any) => Object.fromEntries(body.errors[0].data.errors.map((error: any) => [error.path, error.message]))

/** Sends the same body through REST, GraphQL and the Local API; returns the stored documents. */
const throughEveryApi = async (body: Record<string, unknown>) => {
  const viaRest = await rest('POST', `/${slug}`, { body: { ...body, message: `${body.message} (rest)` } })
  expect(viaRest.status).toBe(201)
  const viaGraphql = await graphql(`mutation ($data: mutationContactSubmissionInput!) { createContactSubmission(data: $data) { id } }`, {
    variables: { data: { ...body, message: `${body.message} (graphql)` } },
  })
  expect(viaGraphql.body.errors).toBeUndefined()
  const viaLocal = await payload.create({ collection: slug, data: { ...body, message: `${body.message} (local)` } as never, overrideAccess: false })
  return Promise.all([viaRest.body.id, viaGraphql.body.data.createContactSubmission.id, viaLocal.id].map(stored))
}

describe('spam is stored, marked and answered like anything else (REST, GraphQL, Local API alike)', () => {
  test('a filled honeypot ("website") → spam, reason honeypot; the honeypot value is not kept', async () => {
    const docs = await throughEveryApi(submission(payload, { website: 'http://cheap-pills.example' }))
    for (const doc of docs) {
      expect(doc).toMatchObject({ status: 'spam', spamReasons: ['honeypot'] })
      expect(JSON.stringify(doc)).not.toContain('cheap-pills')
    }
  })

  test('an empty honeypot is what people send: not spam', async () => {
    const docs = await throughEveryApi(submission(payload, { website: '' }))
    for (const doc of docs) expect(doc).toMatchObject({ status: 'new', spamReasons: [] })
  })

  test('sent within 3 s of the form being shown → spam, reason too-fast', async () => {
    const docs = await throughEveryApi(submission(payload, { formToken: formTokenFor(payload, 1) }))
    for (const doc of docs) expect(doc).toMatchObject({ status: 'spam', spamReasons: ['too-fast'] })
  })

  test('more than 3 links → spam, reason links; 3 links are fine', async () => {
    const links = (n: number) => Array.from({ length: n }, (_, i) => `https://site${i}.example`).join(' ')
    const [many] = await throughEveryApi(submission(payload, { message: `Visit ${links(4)}` }))
    expect(many).toMatchObject({ status: 'spam', spamReasons: ['links'] })
    const res = await rest('POST', `/${slug}`, { body: submission(payload, { message: `My referrals: ${links(3)}` }) })
    expect(await stored(res.body.id)).toMatchObject({ status: 'new' })
  })

  test('the same message again within a day (any case or spacing) → the second is spam, reason duplicate', async () => {
    const first = await rest('POST', `/${slug}`, { body: submission(payload, { message: 'Please call me back about KAP.' }) })
    const again = await rest('POST', `/${slug}`, { body: submission(payload, { message: '  please CALL me back about kap! ' }) })
    expect(await stored(first.body.id)).toMatchObject({ status: 'new', spamReasons: [] })
    expect(await stored(again.body.id)).toMatchObject({ status: 'spam', spamReasons: ['duplicate'] })
  })

  test('reasons add up', async () => {
    const res = await rest('POST', `/${slug}`, {
      body: submission(payload, { website: 'x', formToken: formTokenFor(payload, 0), message: 'www.a.example www.b.example www.c.example www.d.example' }),
    })
    expect((await stored(res.body.id)).spamReasons).toEqual(['honeypot', 'too-fast', 'links'])
  })

  test('the answer to spam is the same as to a real message', async () => {
    const spam = await rest('POST', `/${slug}`, { body: submission(payload, { website: 'bot' }) })
    expect(spam.status).toBe(201)
    expect(Object.keys(spam.body).sort()).toEqual(['id', 'status'])
    expect(spam.body.status).toBe('received')
  })
})

describe('form tokens', () => {
  test('GET /form-token issues a token that is not cached and works after the fill time', async () => {
    const res = await rest('GET', `/${slug}/form-token`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.body).toEqual({ formToken: expect.stringMatching(/^\d+\.[\w-]{43}$/), expiresAt: expect.any(String) })
    const sent = await rest('POST', `/${slug}`, { body: submission(payload, { formToken: res.body.formToken }) })
    // Fetched just now, so too fast for a person: stored, as spam.
    expect((await stored(sent.body.id)).spamReasons).toEqual(['too-fast'])
  })

  test.each([
    ['missing', () => undefined, /^Form token is required/],
    ['made-up', () => '12345.abc', /^Form token is not valid/],
    ['foreign (another secret)', () => issueFormToken('another-secret', Date.now() - 60_000), /^Form token is not valid/],
    ['day-old (25 h)', () => formTokenFor(payload, 25 * 3600), /^The form has expired/],
  ])('a %s token is a 400 on formToken and stores nothing', async (_case, formToken, message) => {
    const before = (await payload.count({ collection: slug })).totalDocs
    const res = await rest('POST', `/${slug}`, { body: submission(payload, { formToken: formToken() }) })
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body)).toEqual({ formToken: expect.stringMatching(message) })
    expect((await payload.count({ collection: slug })).totalDocs).toBe(before)
  })

  test('a backdated token cannot be forged by changing its time', async () => {
    const fresh = formTokenFor(payload, 0)
    const [issuedAt, signature] = fresh.split('.')
    const res = await rest('POST', `/${slug}`, { body: submission(payload, { formToken: `${Number(issuedAt) - 60_000}.${signature}` }) })
    expect(res.status).toBe(400)
  })
})

test('staff and server code are not screened', async () => {
  const doc = await payload.create({ collection: slug, data: { ...submission(payload), website: 'x', formToken: undefined } as never })
  expect(await stored(doc.id)).toMatchObject({ status: 'new', spamReasons: [] })
})
