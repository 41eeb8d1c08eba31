import type { Payload } from 'payload'

import { paragraph, richText } from '../../seed/lexical'
import { seedClinicContent } from '../../seed/seed'
import { collectionSlugs, globalSlugs, taskSlugs } from '../../src/slugs'
import { rest, startPayload } from '../helpers/api'
import { staffTokens } from '../helpers/users'

let payload: Payload
let tokens: Awaited<ReturnType<typeof staffTokens>>

const day = 24 * 60 * 60 * 1000
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeAll(async () => {
  payload = await startPayload()
  await seedClinicContent(payload)
  tokens = await staffTokens(payload)
})
afterAll(async () => {
  await payload.destroy()
})

const article = (title: string) => ({ title, body: richText([paragraph(`${title}: how the treatment works.`)]) })
const reviewed = (at = new Date()) => ({ reviewedBy: tokens.reviewerId, lastReviewedAt: at.toISOString() })
const fieldErrors = (body: any) =>
  Object.fromEntries((body.errors?.[0]?.data?.errors ?? []).map((error: { path: string; message: string }) => [error.path, error.message]))

describe('publishing an article or service needs a clinical review', () => {
  test('without a reviewer and a review date: 400 on both fields, nothing published', async () => {
    const res = await rest('POST', '/articles', { token: tokens.reviewer, body: { ...article('Unreviewed'), _status: 'published' } })
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body)).toEqual({
      reviewedBy: 'Name the clinical reviewer who checked this before publishing.',
      lastReviewedAt: 'Enter the date of the clinical review before publishing.',
    })
    expect((await rest('GET', '/articles?where[title][equals]=Unreviewed', { token: tokens.admin })).body.totalDocs).toBe(0)
  })

  test('the same for services, and for publishing an existing draft', async () => {
    const draft = await rest('POST', '/services', { token: tokens.editor, body: { name: 'Unreviewed service' } })
    expect(draft.status).toBe(201)
    const res = await rest('PATCH', `/services/${draft.body.doc.id}`, { token: tokens.reviewer, body: { _status: 'published' } })
    expect(res.status).toBe(400)
    expect(Object.keys(fieldErrors(res.body)).sort()).toEqual(['lastReviewedAt', 'reviewedBy'])
  })

  test('the reviewer must hold the clinical-reviewer role; the date cannot be in the future', async () => {
    const editor = (await rest('GET', '/users/me', { token: tokens.editor })).body.user
    const res = await rest('POST', '/articles', {
      token: tokens.admin,
      body: { ...article('Wrong reviewer'), reviewedBy: editor.id, lastReviewedAt: new Date(Date.now() + 2 * day).toISOString(), _status: 'published' },
    })
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body)).toEqual({
      reviewedBy: 'The reviewer must be a staff member with the clinical-reviewer role.',
      lastReviewedAt: 'The review date cannot be in the future.',
    })
  })

  test('today is never in the future, whatever the hour: the admin’s day picker stores 12:00 in the reviewer’s time zone', async () => {
    // Today at 12:00 for a reviewer whose day began half an hour ago, wherever that is now.
    const todayAtNoon = new Date(Date.now() + 11.5 * 60 * 60 * 1000)
    const res = await rest('POST', '/services', { token: tokens.reviewer, body: { name: 'Reviewed this morning', ...reviewed(todayAtNoon), _status: 'published' } })
    expect({ status: res.status, errors: fieldErrors(res.body) }).toEqual({ status: 201, errors: {} })
  })

  test('editors cannot record a review: the fields are the reviewers’', async () => {
    const res = await rest('POST', '/articles', { token: tokens.editor, body: { ...article('Self-reviewed'), ...reviewed() } })
    expect(res.status).toBe(201)
    expect(res.body.doc.reviewedBy ?? null).toBeNull()
    expect(res.body.doc.lastReviewedAt ?? null).toBeNull()
    expect(res.body.doc.reviewStatus).toBe('awaiting-review')
  })

  test('with a review: published, with its next review due after the interval', async () => {
    const reviewedAt = new Date(Date.now() - 10 * day)
    const res = await rest('POST', '/services', {
      token: tokens.reviewer,
      body: { name: 'Reviewed service', ...reviewed(reviewedAt), reviewIntervalDays: 30, _status: 'published' },
    })
    expect(res.status).toBe(201)
    expect(res.body.doc).toMatchObject({ _status: 'published', reviewStatus: 'current' })
    expect(new Date(res.body.doc.reviewDueAt).getTime()).toBe(reviewedAt.getTime() + 30 * day)
    expect((await rest('GET', `/services/${res.body.doc.id}`)).status).toBe(200)
  })
})

describe('citations', () => {
  test.each([
    [{ title: 'A study', accessedAt: '2026-01-05' }, 'citations.0.url', 'Give the source’s URL or its DOI.'],
    [{ title: 'A study', url: 'ftp://x.test/a', accessedAt: '2026-01-05' }, 'citations.0.url', 'Use a web address starting with https://.'],
    [{ title: 'A study', doi: 'https://doi.org/10.1/x', accessedAt: '2026-01-05' }, 'citations.0.doi', expect.stringMatching(/^A DOI looks like/)],
  ])('%j is refused', async (citation, path, message) => {
    const res = await rest('POST', '/articles', { token: tokens.reviewer, body: { ...article('Cited'), ...reviewed(), citations: [citation], _status: 'published' } })
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body)).toEqual({ [path]: message })
  })

  test('a URL or a DOI with the date it was read is kept', async () => {
    const citations = [
      { title: 'Ketamine label', url: 'https://www.accessdata.fda.gov/', accessedAt: '2026-01-05T00:00:00.000Z' },
      { title: 'A trial', doi: '10.1176/appi.ajp.2018.17060720', accessedAt: '2026-01-06T00:00:00.000Z' },
    ]
    const res = await rest('POST', '/articles', { token: tokens.reviewer, body: { ...article('Well cited'), ...reviewed(), citations, _status: 'published' } })
    expect(res.status).toBe(201)
    expect(res.body.doc.citations).toMatchObject(citations)
  })
})

test('a new article starts with the clinic-wide medical disclaimer', async () => {
  const disclaimer = 'General information, not medical advice. Talk to a clinician about your situation.'
  await payload.updateGlobal({ slug: globalSlugs.clinicInfo, data: { medicalDisclaimer: disclaimer, _status: 'published' } })
  const res = await rest('POST', '/articles', { token: tokens.editor, body: article('With disclaimer') })
  expect(res.body.doc.medicalDisclaimer).toBe(disclaimer)
  const own = await rest('POST', '/articles', { token: tokens.editor, body: { ...article('Own disclaimer'), medicalDisclaimer: 'Specific.' } })
  expect(own.body.doc.medicalDisclaimer).toBe('Specific.')
})

test('the seeded content is published but shows as awaiting clinical review', async () => {
  const { docs } = await payload.find({ collection: collectionSlugs.articles, where: { slug: { equals: 'understanding-ketamine' } } })
  expect(docs[0]).toMatchObject({ _status: 'published', reviewStatus: 'awaiting-review' })
  expect(docs[0].reviewedBy ?? null).toBeNull()
})

describe('the nightly review sweep', () => {
  test('marks content overdue once its review falls due; the admin list shows it', async () => {
    // Reviewed one day minus two seconds ago, with a one-day interval: due in two seconds.
    const almostDue = new Date(Date.now() - day + 2000)
    const live = await rest('POST', '/articles', { token: tokens.reviewer, body: { ...article('Due soon'), ...reviewed(almostDue), reviewIntervalDays: 1, _status: 'published' } })
    expect(live.body.doc.reviewStatus).toBe('current')
    // A second one has a pending draft: the sweep marks the draft, and keeps the editor's words.
    const withDraft = await rest('POST', '/services', { token: tokens.reviewer, body: { name: 'Due service', ...reviewed(almostDue), reviewIntervalDays: 1, _status: 'published' } })
    await rest('PATCH', `/services/${withDraft.body.doc.id}?draft=true`, { token: tokens.editor, body: { summary: 'Pending edit' } })

    expect(payload.config.jobs.tasks?.find((task) => task.slug === taskSlugs.markOverdueReviews)?.schedule).toEqual([{ cron: '0 0 5 * * *', queue: 'default' }])
    await sleep(2100)
    await payload.jobs.queue({ task: taskSlugs.markOverdueReviews, input: {} })
    await payload.jobs.run()

    const overdue = await rest('GET', '/articles?draft=true&where[reviewStatus][equals]=overdue', { token: tokens.editor })
    expect(overdue.body.docs.map((doc: { title: string }) => doc.title)).toEqual(['Due soon'])
    const service = await rest('GET', `/services/${withDraft.body.doc.id}?draft=true`, { token: tokens.editor })
    expect(service.body).toMatchObject({ reviewStatus: 'overdue', summary: 'Pending edit', _status: 'draft' })
    expect((await rest('GET', `/services/${withDraft.body.doc.id}`)).body.summary ?? null).toBeNull()

    // Recording a new review clears it.
    const again = await rest('PATCH', `/articles/${live.body.doc.id}`, { token: tokens.reviewer, body: { lastReviewedAt: new Date().toISOString() } })
    expect(again.body.doc.reviewStatus).toBe('current')
  })
})
