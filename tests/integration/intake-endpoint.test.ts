import type { Payload } from 'payload'

import { collectionSlugs } from '../../src/slugs'
import { rest, startPayload } from '../helpers/api'
import { submission } from '../helpers/intake'
import { staffTokens } from '../helpers/users'

const slug = collectionSlugs.contactSubmissions
let payload: Payload
let tokens: Record<'editor' | 'manager' | 'admin', string>

const stored = async () => (await payload.count({ collection: slug })).totalDocs

beforeAll(async () => {
  payload = await startPayload()
  tokens = await staffTokens(payload)
})
afterAll(async () => {
  await payload.destroy()
})

describe('POST /api/contact-submissions: the edge checks', () => {
  test('a body over the size limit (64 KiB) is a 413 with a JSON error, nothing stored', async () => {
    const before = await stored()
    const res = await rest('POST', `/${slug}`, { body: submission(payload, { message: 'x'.repeat(70 * 1024) }) })
    expect(res.status).toBe(413)
    expect(res.body).toEqual({ errors: [{ message: 'The request body is larger than 65536 bytes.' }] })
    expect(await stored()).toBe(before)
  })

  test('the limit holds while reading, whatever Content-Length says (fetch drops a false one)', async () => {
    const big = JSON.stringify(submission(payload, { message: 'y'.repeat(100 * 1024) }))
    const res = await rest('POST', `/${slug}`, { body: big, headers: { 'content-length': '10' } })
    expect(res.status).toBe(413)
  })

  test.each([
    ['text/plain', 'name=Ann'],
    ['application/x-www-form-urlencoded', 'name=Ann&email=ann%40example.com'],
    ['application/xml', '<submission/>'],
  ])('Content-Type %s is a 415 with a JSON error, nothing stored', async (type, body) => {
    const before = await stored()
    const res = await rest('POST', `/${slug}`, { body, headers: { 'content-type': type } })
    expect(res.status).toBe(415)
    expect(res.body.errors[0].message).toMatch(/Content-Type: application\/json/)
    expect(await stored()).toBe(before)
  })

  test('no Content-Type at all is a 415', async () => {
    const request = new Request('http://localhost:3000/api/contact-submissions', { method: 'POST', body: new Blob(['{}']) })
    const { REST_POST } = await import('@payloadcms/next/routes')
    const config = (await import('@payload-config')).default
    const response = await REST_POST(config)(request, { params: Promise.resolve({ slug: [slug] }) })
    expect(response.status).toBe(415)
  })

  test.each([
    ['an array', '[1,2]'],
    ['a string', '"hello"'],
    ['null', 'null'],
  ])('JSON that is %s is a 400', async (_case, body) => {
    const res = await rest('POST', `/${slug}`, { body, headers: { 'content-type': 'application/json' } })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBe('Send the submission as a JSON object of fields.')
  })

  test('JSON with a charset parameter is fine', async () => {
    const res = await rest('POST', `/${slug}`, {
      body: JSON.stringify(submission(payload)),
      headers: { 'content-type': 'application/json; charset=utf-8' },
    })
    expect(res.status).toBe(201)
  })
})

describe('what each caller gets back', () => {
  test('the public: { id, status: "received" } only, with no personal data', async () => {
    const res = await rest('POST', `/${slug}`, { body: submission(payload) })
    expect(res.status).toBe(201)
    expect(Object.keys(res.body).sort()).toEqual(['id', 'status'])
    expect(JSON.stringify(res.body)).not.toContain('ann@example.com')
  })

  test('an editor is the public here: same answer, and the public schema applies', async () => {
    const res = await rest('POST', `/${slug}`, { token: tokens.editor, body: submission(payload) })
    expect(res.body).toEqual({ id: expect.anything(), status: 'received' })
    const withStatus = await rest('POST', `/${slug}`, { token: tokens.editor, body: submission(payload, { status: 'closed' }) })
    expect(withStatus.status).toBe(400)
  })

  test('a manager gets Payload’s usual { doc, message }, needs no form token, may set review fields', async () => {
    const { formToken: _unused, ...body } = submission(payload)
    const res = await rest('POST', `/${slug}`, { token: tokens.manager, body: { ...body, status: 'in-progress', addNote: 'Phoned in.' } })
    expect(res.status).toBe(201)
    expect(res.body.doc).toMatchObject({ email: 'ann@example.com', status: 'in-progress', notes: [{ text: 'Phoned in.' }] })
  })

  test('the admin’s own create form (multipart with _payload) still works', async () => {
    const form = new FormData()
    const { formToken: _unused, ...body } = submission(payload)
    form.append('_payload', JSON.stringify(body))
    const res = await rest('POST', `/${slug}`, { token: tokens.admin, body: form })
    expect(res.status).toBe(201)
    expect(res.body.doc.name).toBe('Ann Lee')
  })
})

describe('stored text stays text', () => {
  test('HTML and script in a message are stored verbatim and returned as inert JSON strings', async () => {
    const message = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes"'
    const res = await rest('POST', `/${slug}`, { body: submission(payload, { message, name: '<b>Ann</b>' }) })
    expect(res.status).toBe(201)
    const read = await rest('GET', `/${slug}/${res.body.id}`, { token: tokens.manager })
    expect(read.headers.get('content-type')).toMatch(/^application\/json/)
    expect(read.body.message).toBe(message)
    expect(read.body.name).toBe('<b>Ann</b>')
  })
})
