import type { Payload } from 'payload'

import { paragraph, richText } from '../../seed/lexical'
import { contentPolicy } from '../../src/access/policy'
import { collectionSlugs, globalSlugs } from '../../src/slugs'
import { rest, startPayload } from '../helpers/api'
import { captureEmails } from '../helpers/intake'
import { tokenFor } from '../helpers/users'

const slug = collectionSlugs.articles
let payload: Payload
let email: ReturnType<typeof captureEmails>
let staff: Record<'admin' | 'editor' | 'reviewer' | 'manager', Awaited<ReturnType<typeof tokenFor>>>

beforeAll(async () => {
  payload = await startPayload()
  email = captureEmails(payload)
  staff = {
    admin: await tokenFor(payload, 'admin'),
    editor: await tokenFor(payload, 'editor'),
    reviewer: await tokenFor(payload, 'clinical-reviewer'),
    manager: await tokenFor(payload, 'manager'),
  }
})
afterAll(async () => {
  await payload.destroy()
})

const fieldErrors = (body: any): Record<string, string> =>
  Object.fromEntries((body.errors?.[0]?.data?.errors ?? []).map((error: { path: string; message: string }) => [error.path, error.message]))

/** A published article, as the public sees it, with an editor's draft change on top. */
const publishedWithDraft = async (title: string) => {
  const doc = await payload.create({
    collection: slug,
    data: { title, body: richText([paragraph('What is live.')]), _status: 'published' } as never,
    context: { seeding: true },
  })
  await rest('PATCH', `/${slug}/${doc.id}?draft=true`, { token: staff.editor.token, body: { title: `${title} (edited)` } })
  return doc.id
}

const newest = async (id: number | string) => (await rest('GET', `/${slug}/${id}?draft=true&depth=0`, { token: staff.editor.token })).body

describe('an editor submits an article for review', () => {
  let id: number | string
  beforeAll(async () => {
    id = await publishedWithDraft('Handed on')
    email.sent.length = 0
  })

  test('it shows in review, by whom and since when, with the publish date asked for; what is live does not change', async () => {
    const publishAt = new Date(Date.now() + 3 * 24 * 3600_000).toISOString()
    const res = await rest('POST', `/${slug}/${id}/submit-for-review`, { token: staff.editor.token, body: { publishAt } })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const expected = { status: 'in-review', requestedBy: staff.editor.user.id, requestedByName: staff.editor.user.name, publishAt }
    expect(res.body.reviewRequest).toMatchObject(expected)
    expect((await newest(id)).reviewRequest).toMatchObject(expected)
    // Every staff member sees it; the public sees neither the request nor the draft.
    const reviewerView = await rest('GET', `/${slug}/${id}?draft=true&depth=0`, { token: staff.reviewer.token })
    expect(reviewerView.body.reviewRequest.status).toBe('in-review')
    const live = await rest('GET', `/${slug}/${id}`)
    expect(live.body.title).toBe('Handed on')
    expect(live.body.reviewRequest).toBeUndefined()
    expect(live.body._status).toBe('published')
  })

  test('the clinical reviewers get an email with the title and a link, and nothing else', async () => {
    await payload.jobs.run({ limit: 10 })
    const sent = email.sent.filter((message) => String(message.subject).startsWith('Review requested'))
    expect(sent).toHaveLength(1)
    expect(sent[0].to).toEqual(expect.arrayContaining([staff.reviewer.user.email]))
    expect(sent[0].to).not.toContain(staff.manager.user.email)
    expect(sent[0].subject).toBe('Review requested: Article “Handed on (edited)”')
    expect(sent[0].text).toContain(`${staff.editor.user.name} asks for a clinical review`)
    expect(sent[0].text).toContain('They would like it published on')
    expect(sent[0].text).toMatch(new RegExp(`/admin/collections/articles/${id}$`))
  })

  test('a reviewer sends it back with a comment, which the editor reads on the document', async () => {
    const res = await rest('POST', `/${slug}/${id}/send-back`, { token: staff.reviewer.token, body: { comment: 'Cite the 2023 trial for the second claim.' } })
    expect(res.status).toBe(200)
    const { reviewRequest } = await newest(id)
    expect(reviewRequest).toMatchObject({
      status: 'sent-back',
      comment: 'Cite the 2023 trial for the second claim.',
      commentByName: staff.reviewer.user.name,
      requestedByName: staff.editor.user.name,
    })
    expect(new Date(reviewRequest.commentAt).getTime()).toBeGreaterThan(Date.now() - 60_000)
  })

  test('sent back, it can be submitted again; publishing settles it', async () => {
    expect((await rest('POST', `/${slug}/${id}/submit-for-review`, { token: staff.editor.token, body: {} })).status).toBe(200)
    expect((await newest(id)).reviewRequest).toMatchObject({ status: 'in-review', publishAt: null })
    const published = await rest('PATCH', `/${slug}/${id}`, {
      token: staff.reviewer.token,
      body: { _status: 'published', reviewedBy: staff.reviewer.user.id, lastReviewedAt: new Date().toISOString() },
    })
    expect(published.status).toBe(200)
    expect((await newest(id)).reviewRequest?.status ?? null).toBeNull()
  })
})

describe('who may do what, and bad input', () => {
  let id: number | string
  beforeAll(async () => {
    id = await publishedWithDraft('Checked')
  })

  test('only those who write it submit it, only those who publish it send it back', async () => {
    const submit = (token?: string) => rest('POST', `/${slug}/${id}/submit-for-review`, { token, body: {} })
    const sendBack = (token?: string) => rest('POST', `/${slug}/${id}/send-back`, { token, body: { comment: 'No.' } })
    expect((await submit()).status).toBe(401)
    expect((await submit(staff.manager.token)).status).toBe(403)
    expect((await submit(staff.editor.token)).status).toBe(200)
    expect((await sendBack()).status).toBe(401)
    expect((await sendBack(staff.manager.token)).status).toBe(403)
    expect((await sendBack(staff.editor.token)).body).toEqual({ errors: [{ message: 'You are not allowed to perform this action.' }] })
    expect((await sendBack(staff.admin.token)).status).toBe(200)
  })

  test('the request cannot be written directly, by anyone', async () => {
    await rest('PATCH', `/${slug}/${id}?draft=true`, { token: staff.admin.token, body: { reviewRequest: { status: 'in-review', comment: 'forged' } } })
    expect((await newest(id)).reviewRequest).toMatchObject({ status: 'sent-back', comment: 'No.' })
  })

  test('bad input is a 400 with a message per field; a missing document a 404; sending back what is not in review a 409', async () => {
    const post = (path: string, body: unknown) => rest('POST', `/${slug}/${id}/${path}`, { token: staff.admin.token, body })
    expect(fieldErrors((await post('send-back', { comment: '  ' })).body)).toEqual({ comment: 'Comment is required: say what the editor should change.' })
    expect(fieldErrors((await post('send-back', { comment: 'x'.repeat(2001) })).body)).toEqual({ comment: 'Comment must be at most 2000 characters.' })
    expect(fieldErrors((await post('submit-for-review', { publishAt: '2020-01-01T00:00:00Z' })).body)).toEqual({ publishAt: 'Publish on must be in the future.' })
    expect(fieldErrors((await post('submit-for-review', { publishAt: 'next week' })).body)).toEqual({
      publishAt: 'Publish on must be a date and time, e.g. 2026-12-24T09:00:00Z.',
    })
    expect(fieldErrors((await post('submit-for-review', { status: 'published' })).body)).toEqual({ status: 'Unknown field.' })
    expect((await post('send-back', { comment: 'Again' })).status).toBe(409)
    expect((await rest('POST', `/${slug}/999999/submit-for-review`, { token: staff.editor.token, body: {} })).status).toBe(404)
    const malformed = await rest('POST', `/${slug}/${id}/submit-for-review`, { token: staff.editor.token, body: '{"publishAt":', headers: { 'content-type': 'application/json' } })
    expect(malformed.status).toBe(400)
  })
})

test('clinic-info is submitted and sent back the same way, at /api/globals/clinic-info', async () => {
  const base = `/globals/${globalSlugs.clinicInfo}`
  expect((await rest('POST', `${base}/submit-for-review`, { token: staff.editor.token, body: {} })).status).toBe(200)
  expect((await rest('POST', `${base}/send-back`, { token: staff.reviewer.token, body: { comment: 'Confirm the phone number first.' } })).status).toBe(200)
  const clinic = await rest('GET', `${base}?draft=true&depth=0`, { token: staff.editor.token })
  expect(clinic.body.reviewRequest).toMatchObject({ status: 'sent-back', comment: 'Confirm the phone number first.', requestedByName: staff.editor.user.name })
  expect((await rest('GET', base)).body.reviewRequest).toBeUndefined()
})

describe('who may submit and send back, for every role and every reviewed kind (from the policy table)', () => {
  const targets = [
    { kind: collectionSlugs.articles, base: async () => `/${collectionSlugs.articles}/${await publishedWithDraft(`Matrix ${Math.random()}`)}` },
    {
      kind: collectionSlugs.services,
      base: async () => {
        const doc = await payload.create({ collection: collectionSlugs.services, data: { name: `Matrix ${Math.random()}`, _status: 'published' } as never, context: { seeding: true } })
        return `/${collectionSlugs.services}/${doc.id}`
      },
    },
    { kind: globalSlugs.clinicInfo, base: async () => `/globals/${globalSlugs.clinicInfo}` },
  ] as const
  const callers = ['anonymous', 'admin', 'editor', 'reviewer', 'manager'] as const
  const role = { admin: 'admin', editor: 'editor', reviewer: 'clinical-reviewer', manager: 'manager' } as const
  const cells = targets.flatMap((target) => callers.map((caller) => [target.kind, caller, target] as const))

  test.each(cells)('%s · %s', async (kind, caller, target) => {
    const policy = contentPolicy[kind]
    const token = caller === 'anonymous' ? undefined : staff[caller].token
    const base = await target.base()
    const submitted = await rest('POST', `${base}/submit-for-review`, { token, body: {} })
    const maySubmit = caller !== 'anonymous' && policy.write.includes(role[caller])
    expect(submitted.status).toBe(maySubmit ? 200 : caller === 'anonymous' ? 401 : 403)
    if (!maySubmit) await rest('POST', `${base}/submit-for-review`, { token: staff.editor.token, body: {} })
    const sentBack = await rest('POST', `${base}/send-back`, { token, body: { comment: 'Not yet.' } })
    const maySendBack = caller !== 'anonymous' && policy.publish.includes(role[caller])
    expect(sentBack.status).toBe(maySendBack ? 200 : caller === 'anonymous' ? 401 : 403)
  })
})
