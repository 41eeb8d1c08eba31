import type { Payload } from 'payload'

import { collectionSlugs } from '../../src/slugs'
import { graphql, idType, rest, startPayload } from '../helpers/api'
import { readDoc } from '../helpers/docs'
import { submission } from '../helpers/intake'
import { staffTokens } from '../helpers/users'

const slug = collectionSlugs.contactSubmissions
let payload: Payload
let tokens: Record<'editor' | 'manager' | 'admin', string>

/** A valid public submission: fresh form token, a message of its own. */
const valid = (change: Record<string, unknown> = {}) => submission(payload, change)

const stored = async () => (await payload.count({ collection: slug })).totalDocs

/** `{ path: message }` from Payload's 400 body. */
const fieldErrors = (body: any): Record<string, string> =>
  Object.fromEntries(body.errors[0].data.errors.map((error: { path: string; message: string }) => [error.path, error.message]))

beforeAll(async () => {
  payload = await startPayload()
  tokens = await staffTokens(payload)
})
afterAll(async () => {
  await payload.destroy()
})

describe('anonymous intake over REST', () => {
  test('a valid submission is stored as new, trimmed, and answered with its id only', async () => {
    const before = await stored()
    const { formToken, ...sent } = valid()
    const res = await rest('POST', `/${slug}`, { body: { ...sent, formToken, name: '  Ann Lee  ' } })
    expect(res.status).toBe(201)
    expect(res.body).toEqual({ id: expect.anything(), status: 'received' })
    const doc = await payload.findByID({ collection: slug, id: res.body.id })
    expect(doc).toMatchObject({ ...sent, status: 'new', spamReasons: [] })
    expect(await stored()).toBe(before + 1)
  })

  test.each([
    ['missing email', { email: undefined }, 'email', 'Email is required.'],
    ['bad email', { email: 'ann@' }, 'email', 'Email must be a valid email address.'],
    ['missing consent', { consent: undefined }, 'consent', expect.stringMatching(/^Consent is required/)],
    ['unknown inquiry type', { inquiryType: 'billing' }, 'inquiryType', expect.stringMatching(/^Inquiry type must be one of/)],
    ['20,000-char message', { message: 'x'.repeat(20_000) }, 'message', 'Message must be at most 5000 characters.'],
    ['extra unknown field', { homepage: 'http://spam.example' }, 'homepage', 'Unknown field.'],
    ['a status set by the sender', { status: 'closed' }, 'status', 'Unknown field.'],
  ])('%s → 400 with a message on that field, nothing stored', async (_case, change, path, message) => {
    const before = await stored()
    const res = await rest('POST', `/${slug}`, { body: valid(change) })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].name).toBe('ValidationError')
    expect(fieldErrors(res.body)).toEqual({ [path]: message })
    expect(await stored()).toBe(before)
  })

  test('several problems at once are all reported', async () => {
    const res = await rest('POST', `/${slug}`, { body: { email: 'x', extra: 1 } })
    expect(res.status).toBe(400)
    expect(Object.keys(fieldErrors(res.body)).sort()).toEqual(['consent', 'email', 'extra', 'formToken', 'inquiryType', 'message', 'name'])
  })

  test('a body that is not JSON is a 400, never a 5xx', async () => {
    const res = await rest('POST', `/${slug}`, { body: '{"name": ', headers: { 'content-type': 'application/json' } })
    expect(res.status).toBe(400)
    expect(res.body).toEqual({ errors: [{ message: 'The request body is not valid JSON.' }] })
  })
})

describe('anonymous intake over GraphQL and the Local API', () => {
  test('GraphQL create works and bad input gets field messages', async () => {
    const mutation = `mutation ($data: mutationContactSubmissionInput!) {
      createContactSubmission(data: $data) { id status name email phone message notes { text } }
    }`
    const ok = await graphql(mutation, { variables: { data: valid() } })
    expect(ok.body.errors).toBeUndefined()
    // Stored as new, but nothing the sender wrote (nor the status) is echoed back to them.
    const created = ok.body.data.createContactSubmission
    expect(created).toEqual({ id: expect.anything(), status: null, name: null, email: null, phone: null, message: null, notes: [] })
    expect((await payload.findByID({ collection: slug, id: created.id })).status).toBe('new')

    const before = await stored()
    const bad = await graphql(mutation, { variables: { data: valid({ email: 'nope', message: 'x'.repeat(20_000) }) } })
    expect(bad.body.data.createContactSubmission).toBeNull()
    expect(bad.body.errors[0].extensions.statusCode).toBe(400)
    expect(bad.body.errors[0].extensions.data.errors.map((error: { path: string }) => error.path).sort()).toEqual(['email', 'message'])
    expect(await stored()).toBe(before)
  })

  test('Local API with overrideAccess: false applies the public schema', async () => {
    await expect(
      payload.create({ collection: slug, data: valid({ status: 'closed' }) as never, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'status', message: 'Unknown field.' }] } })
    const doc = await payload.create({ collection: slug, data: valid() as never, overrideAccess: false })
    expect((await payload.findByID({ collection: slug, id: doc.id })).status).toBe('new')
  })
})

describe('who can see and work submissions', () => {
  let id: number | string
  beforeAll(async () => {
    id = (await payload.create({ collection: slug, data: valid() as never })).id
  })

  test('anonymous callers cannot list, read, update or delete (REST)', async () => {
    expect((await rest('GET', `/${slug}`)).status).toBe(403)
    expect((await rest('GET', `/${slug}/${id}`)).status).toBe(403)
    expect((await rest('PATCH', `/${slug}/${id}`, { body: { status: 'closed' } })).status).toBe(403)
    expect((await rest('DELETE', `/${slug}/${id}`)).status).toBe(403)
    expect((await payload.findByID({ collection: slug, id })).status).toBe('new')
  })

  test('anonymous callers cannot list or read (GraphQL)', async () => {
    const list = await graphql(`{ ContactSubmissions { docs { id email } } }`)
    expect(list.body.data?.ContactSubmissions ?? null).toBeNull()
    expect(list.body.errors[0].message).toMatch(/not allowed/)
    const one = await graphql(`query ($id: Int!) { ContactSubmission(id: $id) { email } }`, { variables: { id } })
    expect(one.body.data?.ContactSubmission ?? null).toBeNull()
  })

  test('an editor cannot read submissions', async () => {
    expect((await rest('GET', `/${slug}`, { token: tokens.editor })).status).toBe(403)
    expect((await rest('GET', `/${slug}/${id}`, { token: tokens.editor })).status).toBe(403)
    const list = await graphql(`{ ContactSubmissions { docs { email } } }`, { token: tokens.editor })
    expect(list.body.data?.ContactSubmissions ?? null).toBeNull()
  })

  test('a manager reads them, works the status and keeps internal notes', async () => {
    const list = await rest('GET', `/${slug}?where[id][equals]=${id}`, { token: tokens.manager })
    expect(list.status).toBe(200)
    expect(list.body.docs[0]).toMatchObject({ email: 'ann@example.com', phone: '+1 (555) 010-0000' })

    const patch = await rest('PATCH', `/${slug}/${id}`, {
      token: tokens.manager,
      body: { status: 'in-progress', addNote: 'Called back, left a message.' },
    })
    expect(patch.status).toBe(200)
    expect(patch.body.doc).toMatchObject({ status: 'in-progress', notes: [{ text: 'Called back, left a message.' }], email: 'ann@example.com' })

    const gql = await graphql(`{ ContactSubmissions { docs { id email status } } }`, { token: tokens.manager })
    expect(gql.body.data.ContactSubmissions.docs.length).toBeGreaterThan(0)
  })

  test('a manager gets field messages for a bad status and nothing changes', async () => {
    const res = await rest('PATCH', `/${slug}/${id}`, { token: tokens.manager, body: { status: 'archived' } })
    expect(res.status).toBe(400)
    expect(Object.keys(fieldErrors(res.body))).toEqual(['status'])
    expect((await payload.findByID({ collection: slug, id })).status).toBe('in-progress')
  })

  test('an admin reads them too', async () => {
    expect((await rest('GET', `/${slug}/${id}`, { token: tokens.admin })).status).toBe(200)
  })
})

describe('what the visitor sent is kept as sent', () => {
  const kept = 'What the visitor sent is kept as they sent it and cannot be changed. Put a correction in the internal notes.'
  let id: number | string
  let sent: Record<string, unknown>
  beforeAll(async () => {
    const doc = await payload.create({ collection: slug, data: valid() as never })
    id = doc.id
    sent = { name: doc.name, email: doc.email, phone: doc.phone, message: doc.message, inquiryType: doc.inquiryType, consent: doc.consent }
  })
  const current = async () => {
    const { name, email, phone, message, inquiryType, consent, status } = await payload.findByID({ collection: slug, id })
    return { name, email, phone, message, inquiryType, consent, status }
  }

  test.each(['admin', 'manager'] as const)('an %s changing it over REST gets a 400 on each changed field, and nothing is written', async (role) => {
    const res = await rest('PATCH', `/${slug}/${id}`, {
      token: tokens[role],
      body: { message: `${sent.message} [edited by staff]`, email: 'someone-else@example.com', status: 'in-progress' },
    })
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body)).toEqual({ message: kept, email: kept })
    expect(await current()).toEqual({ ...sent, status: 'new' })
  })

  test('the same over GraphQL and in a bulk update', async () => {
    const gql = await graphql(`mutation ($id: ${idType}) { updateContactSubmission(id: $id, data: { name: "Someone else" }) { name } }`, {
      token: tokens.admin,
      variables: { id },
    })
    expect(gql.body.errors[0].message).toMatch(/invalid: name/)
    const bulk = await rest('PATCH', `/${slug}?where[id][equals]=${id}`, { token: tokens.admin, body: { phone: '+1 (555) 010-9999' } })
    expect(bulk.body.errors[0].data?.errors ?? bulk.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ message: expect.stringContaining('kept as they sent it') })]))
    expect(await current()).toEqual({ ...sent, status: 'new' })
  })

  test('sent again unchanged, as the admin form does on save, it is fine: staff work the status and notes', async () => {
    const res = await rest('PATCH', `/${slug}/${id}`, { token: tokens.manager, body: { ...sent, status: 'in-progress', addNote: 'Called back.' } })
    expect(res.status).toBe(200)
    expect(await current()).toEqual({ ...sent, status: 'in-progress' })
  })
})

describe('internal notes are append-only', () => {
  const keptAsWritten = 'Notes are kept as they were written, with their author and time. Add a new note instead.'
  let id: number | string
  let managerId: number | string
  beforeAll(async () => {
    id = (await payload.create({ collection: slug, data: valid() as never })).id
    managerId = (await rest('GET', '/users/me', { token: tokens.manager })).body.user.id
  })
  const notes = async () => (await payload.findByID({ collection: slug, id, depth: 0 })).notes ?? []

  test('each note added is kept with its author and the time, after the earlier ones', async () => {
    const before = Date.now()
    expect((await rest('PATCH', `/${slug}/${id}`, { token: tokens.manager, body: { addNote: 'Called back, left a message.' } })).status).toBe(200)
    const gql = await graphql(`mutation ($id: ${idType}) { updateContactSubmission(id: $id, data: { addNote: "She called back." }) { id } }`, {
      token: tokens.admin,
      variables: { id },
    })
    expect(gql.body.errors).toBeUndefined()
    const [first, second] = await notes()
    expect(first).toEqual({ id: expect.any(String), text: 'Called back, left a message.', author: managerId, at: expect.any(String) })
    expect(second).toMatchObject({ text: 'She called back.' })
    expect(second.author).not.toBe(managerId)
    expect(new Date(first.at).getTime()).toBeGreaterThanOrEqual(before - 1000)
  })

  test('a note cannot be edited, removed or written with another author, over REST, GraphQL or in bulk; nothing is written', async () => {
    const stored = await notes()
    const edited = stored.map((note, index) => (index === 0 ? { ...note, text: 'Never called.' } : note))
    for (const body of [{ notes: edited }, { notes: stored.slice(1) }, { notes: [] }, { notes: [...stored, { text: 'Backdated', at: '2020-01-01T00:00:00.000Z', author: managerId }] }]) {
      const res = await rest('PATCH', `/${slug}/${id}`, { token: tokens.admin, body: { ...body, status: 'in-progress' } })
      expect(res.status).toBe(400)
      expect(fieldErrors(res.body)).toEqual({ notes: keptAsWritten })
    }
    const gql = await graphql(`mutation ($id: ${idType}) { updateContactSubmission(id: $id, data: { notes: [] }) { id } }`, {
      token: tokens.admin,
      variables: { id },
    })
    expect(gql.body.errors[0].message).toMatch(/invalid: notes/)
    const bulk = await rest('PATCH', `/${slug}?where[id][equals]=${id}`, { token: tokens.admin, body: { notes: [] } })
    expect(JSON.stringify(bulk.body)).toContain(keptAsWritten)
    expect(await notes()).toEqual(stored)
    expect((await payload.findByID({ collection: slug, id })).status).toBe('new')
  })

  test('the admin form sends no notes as 0: that is no change', async () => {
    const fresh = (await payload.create({ collection: slug, data: valid() as never })).id
    const res = await rest('PATCH', `/${slug}/${fresh}`, { token: tokens.manager, body: { notes: 0, addNote: 'First call.' } })
    expect(res.status).toBe(200)
    expect(res.body.doc.notes).toEqual([expect.objectContaining({ text: 'First call.' })])
  })

  test('sent back unchanged with a new note, as the admin form saves, the note is added', async () => {
    const stored = await notes()
    const res = await rest('PATCH', `/${slug}/${id}`, { token: tokens.manager, body: { notes: stored, addNote: 'Booked for Monday.' } })
    expect(res.status).toBe(200)
    expect((await notes()).map((note) => note.text)).toEqual([...stored.map((note) => note.text), 'Booked for Monday.'])
  })

  test('docs/managers.md’s example adds a note', async () => {
    const body = JSON.parse(/-d '(\{"addNote".*\})'/.exec(readDoc('docs/managers.md'))![1])
    expect((await rest('PATCH', `/${slug}/${id}`, { token: tokens.manager, body })).status).toBe(200)
    expect((await notes()).at(-1)).toMatchObject({ text: body.addNote, author: managerId })
  })

  test('a note longer than the limit is a 400 on addNote', async () => {
    const res = await rest('PATCH', `/${slug}/${id}`, { token: tokens.manager, body: { addNote: 'x'.repeat(5001) } })
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body)).toEqual({ addNote: 'Note must be at most 5000 characters.' })
  })
})
