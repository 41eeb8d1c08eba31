import type { Payload } from 'payload'

import { renderToStaticMarkup } from 'react-dom/server'

import { contactSubmissions } from '../../collections/ContactSubmissions'
import { RoleDashboard } from '../../src/components/dashboard/RoleDashboard'
import { intakeSettings } from '../../src/intake/settings'
import { collectionSlugs } from '../../src/slugs'
import { graphql, idType, rest, startPayload } from '../helpers/api'
import { submission } from '../helpers/intake'
import { tokenFor } from '../helpers/users'

const slug = collectionSlugs.contactSubmissions
let payload: Payload
let admin: Awaited<ReturnType<typeof tokenFor>>
let manager: Awaited<ReturnType<typeof tokenFor>>
let otherManager: Awaited<ReturnType<typeof tokenFor>>
let editor: Awaited<ReturnType<typeof tokenFor>>

beforeAll(async () => {
  payload = await startPayload()
  admin = await tokenFor(payload, 'admin')
  manager = await tokenFor(payload, 'manager')
  otherManager = await tokenFor(payload, 'manager')
  editor = await tokenFor(payload, 'editor')
})
afterAll(async () => {
  await payload.destroy()
})

const newSubmission = async (change: Record<string, unknown> = {}) =>
  (await payload.create({ collection: slug, data: { ...submission(payload), ...change } as never })).id
const patch = (id: number | string, body: object, token = manager.token) => rest('PATCH', `/${slug}/${id}`, { token, body })
const statusOf = async (id: number | string) => (await payload.findByID({ collection: slug, id })).status

describe('status transitions', () => {
  test('new → in progress → responded → closed, step by step', async () => {
    const id = await newSubmission()
    for (const status of ['in-progress', 'responded', 'closed']) {
      const res = await patch(id, { status })
      expect(res.status).toBe(200)
      expect(res.body.doc.status).toBe(status)
    }
  })

  test.each([
    ['new', 'responded', 'A submission that is new can move only to: in progress, spam.'],
    ['new', 'closed', 'A submission that is new can move only to: in progress, spam.'],
    ['in-progress', 'new', 'A submission that is in progress can move only to: responded, spam.'],
    ['closed', 'in-progress', 'A submission that is closed can move only to: spam.'],
    ['spam', 'closed', 'A submission that is spam can move only to: new.'],
  ])('%s → %s is a 400 with a message on status, and nothing changes', async (from, to, message) => {
    const id = await newSubmission({ status: from })
    const res = await patch(id, { status: to, addNote: 'should not be saved' })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors).toEqual([{ label: 'Status', message, path: 'status' }])
    const doc = await payload.findByID({ collection: slug, id })
    expect(doc.status).toBe(from)
    expect(doc.notes).toEqual([])
  })

  test('anything can be marked spam, and spam can go back to new (a false positive)', async () => {
    for (const from of ['new', 'in-progress', 'responded', 'closed']) {
      const id = await newSubmission({ status: from })
      expect((await patch(id, { status: 'spam' })).status).toBe(200)
    }
    const id = await newSubmission({ status: 'spam' })
    expect((await patch(id, { status: 'new' })).status).toBe(200)
  })

  test('the same rules over GraphQL and the Local API', async () => {
    const id = await newSubmission()
    const res = await graphql(`mutation ($id: ${idType}) { updateContactSubmission(id: $id, data: { status: closed }) { status } }`, {
      token: manager.token,
      variables: { id },
    })
    expect(res.body.errors[0].extensions.statusCode).toBe(400)
    await expect(payload.update({ collection: slug, id, data: { status: 'closed' } })).rejects.toMatchObject({ status: 400 })
    // A bulk update checks each document against its own status.
    const other = await newSubmission({ status: 'in-progress' })
    const bulk = await payload.update({ collection: slug, where: { id: { in: [id, other] } }, data: { status: 'responded' } })
    expect(bulk.docs.map((doc) => doc.id)).toEqual([other])
    expect(bulk.errors).toHaveLength(1)
    expect(await statusOf(id)).toBe('new')
  })
})

describe('respondedAt', () => {
  test('is set when a submission becomes responded, and kept after', async () => {
    const id = await newSubmission({ status: 'in-progress' })
    const before = Date.now()
    const responded = await patch(id, { status: 'responded' })
    const at = responded.body.doc.respondedAt
    expect(new Date(at).getTime()).toBeGreaterThanOrEqual(before - 1000)
    const closed = await patch(id, { status: 'closed' })
    expect(closed.body.doc.respondedAt).toBe(at)
  })

  test('cannot be written by anyone (a sent value is ignored)', async () => {
    const id = await newSubmission()
    const res = await patch(id, { respondedAt: '2020-01-01T00:00:00.000Z', spamReasons: ['links'] })
    expect(res.status).toBe(200)
    expect(res.body.doc.respondedAt ?? null).toBeNull()
    expect(res.body.doc.spamReasons).toEqual([])
  })
})

describe('assignedTo', () => {
  test('a manager can be assigned (by a manager or an admin)', async () => {
    const id = await newSubmission()
    expect((await patch(id, { assignedTo: manager.user.id })).status).toBe(200)
    const res = await patch(id, { assignedTo: otherManager.user.id }, admin.token)
    expect(res.body.doc.assignedTo).toMatchObject({ id: otherManager.user.id, email: otherManager.user.email })
    expect((await patch(id, { assignedTo: null })).body.doc.assignedTo ?? null).toBeNull()
  })

  test('someone who is not a manager cannot be', async () => {
    const id = await newSubmission()
    const res = await patch(id, { assignedTo: editor.user.id })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0].path).toBe('assignedTo')
  })
})

describe('the manager’s list', () => {
  test('shows status, inquiry type, received date and assignee', () => {
    const config = contactSubmissions(intakeSettings(), false)
    expect(config.admin?.defaultColumns).toEqual(expect.arrayContaining(['status', 'inquiryType', 'createdAt', 'assignedTo']))
  })

  test('filters by status, type and date (the queries the admin’s list filters send)', async () => {
    const old = await newSubmission({ inquiryType: 'provider-collaboration', status: 'in-progress', createdAt: '2025-01-15T10:00:00.000Z' })
    const recent = await newSubmission({ inquiryType: 'provider-collaboration', status: 'in-progress' })
    const query =
      `where[status][equals]=in-progress&where[inquiryType][equals]=provider-collaboration` +
      `&where[createdAt][greater_than]=2025-06-01T00:00:00.000Z`
    const res = await rest('GET', `/${slug}?${query}`, { token: manager.token })
    const ids = res.body.docs.map((doc: { id: number | string }) => doc.id)
    expect(ids).toContain(recent)
    expect(ids).not.toContain(old)
    expect(res.body.docs.every((doc: any) => doc.status === 'in-progress' && doc.inquiryType === 'provider-collaboration')).toBe(true)
  })
})

describe('the dashboard count', () => {
  const dashboard = async (user: unknown) => renderToStaticMarkup(await RoleDashboard({ payload, user: user as never }))

  test('shows managers how many submissions are new', async () => {
    const { totalDocs } = await payload.count({ collection: slug, where: { status: { equals: 'new' } } })
    const html = await dashboard(manager.user)
    expect(html).toContain(`${totalDocs} new contact submissions`)
    expect(html).toContain(`/admin/collections/${slug}?where[status][equals]=new`)
    await newSubmission()
    expect(await dashboard(manager.user)).toContain(`${totalDocs + 1} new contact submissions`)
  })

  test('shows editors nothing of it', async () => {
    expect(await dashboard(editor.user)).not.toContain('contact submission')
  })
})

describe('the admin’s edit form', () => {
  test('saving sends every field back (multipart _payload); read-only and hidden ones are ignored', async () => {
    const id = await newSubmission()
    const { body: doc } = await rest('GET', `/${slug}/${id}?depth=0`, { token: manager.token })
    const form = new FormData()
    form.append(
      '_payload',
      JSON.stringify({ ...doc, website: null, formToken: null, status: 'in-progress', spamReasons: ['links'], respondedAt: '2020-01-01T00:00:00.000Z' }),
    )
    const res = await rest('PATCH', `/${slug}/${id}`, { token: manager.token, body: form })
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({ status: 'in-progress', spamReasons: [], name: doc.name, email: doc.email })
    expect(res.body.doc.respondedAt ?? null).toBeNull()
  })
})

describe('internal notes', () => {
  test('managers add them; the public cannot', async () => {
    const id = await newSubmission()
    expect((await patch(id, { addNote: 'Prefers mornings.' })).body.doc.notes).toEqual([expect.objectContaining({ text: 'Prefers mornings.' })])
    const res = await rest('POST', `/${slug}`, { body: submission(payload, { addNote: 'x' }) })
    expect(res.status).toBe(400)
  })
})
