import type { Payload } from 'payload'

import { paragraph, richText } from '../../seed/lexical'
import { seedClinicContent } from '../../seed/seed'
import { collectionSlugs, globalSlugs } from '../../src/slugs'
import { rest, startPayload } from '../helpers/api'
import { staffTokens } from '../helpers/users'

let payload: Payload
let tokens: Awaited<ReturnType<typeof staffTokens>>

beforeAll(async () => {
  payload = await startPayload()
  await seedClinicContent(payload)
  tokens = await staffTokens(payload)
})
afterAll(async () => {
  await payload.destroy()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const usersSlug = collectionSlugs.users

/** What the admin's "Schedule publish" does: queue Payload's schedulePublish task as the signed-in user. */
const schedulePublish = (id: number | string, userId: number | string, at: Date) =>
  payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: at,
    input: { type: 'publish', doc: { relationTo: collectionSlugs.articles, value: id as number }, user: { relationTo: usersSlug, value: userId as number } },
  })

const draftArticle = async (title: string) =>
  (await rest('POST', '/articles', { token: tokens.editor, body: { title, body: richText([paragraph(`${title}.`)]) } })).body.doc

describe('scheduled publishing', () => {
  test('the article stays private until its time, then the job publishes it', async () => {
    const article = await draftArticle('Scheduled piece')
    // The reviewer records the review on the draft, then schedules it.
    const review = { reviewedBy: tokens.reviewerId, lastReviewedAt: new Date().toISOString() }
    expect((await rest('PATCH', `/articles/${article.id}?draft=true`, { token: tokens.reviewer, body: review })).status).toBe(200)
    await schedulePublish(article.id, tokens.reviewerId, new Date(Date.now() + 1500))

    await payload.jobs.run()
    expect((await rest('GET', `/articles/${article.id}`)).status).toBe(404)

    await sleep(1600)
    await payload.jobs.run()
    const live = await rest('GET', `/articles/${article.id}`)
    expect(live.status).toBe(200)
    expect(live.body).toMatchObject({ title: 'Scheduled piece', _status: 'published' })
  })

  test('a publish scheduled by an editor is refused when it runs: the job acts as them', async () => {
    const article = await draftArticle('Editor scheduled')
    const editor = (await rest('GET', '/users/me', { token: tokens.editor })).body.user
    await schedulePublish(article.id, editor.id, new Date(Date.now() - 1000))
    await payload.jobs.run()
    expect((await rest('GET', `/articles/${article.id}`)).status).toBe(404)
  })
})

describe('versions', () => {
  test('autosave keeps a draft without touching what is live', async () => {
    const live = await rest('GET', '/articles?where[slug][equals]=understanding-ketamine')
    const id = live.body.docs[0].id
    const saved = await rest('PATCH', `/articles/${id}?draft=true&autosave=true`, { token: tokens.editor, body: { summary: 'Autosaved summary' } })
    expect(saved.status).toBe(200)
    expect((await rest('GET', `/articles/${id}`)).body.summary).not.toBe('Autosaved summary')
    expect((await rest('GET', `/articles/${id}?draft=true`, { token: tokens.editor })).body.summary).toBe('Autosaved summary')
  })

  test('staff see the history and an admin restores an earlier version', async () => {
    const article = await draftArticle('First title')
    await rest('PATCH', `/articles/${article.id}?draft=true`, { token: tokens.editor, body: { title: 'Second title' } })
    const history = await rest('GET', `/articles/versions?where[parent][equals]=${article.id}&sort=createdAt`, { token: tokens.editor })
    expect(history.status).toBe(200)
    expect(history.body.docs.map((version: { version: { title: string } }) => version.version.title)).toEqual(['First title', 'Second title'])

    const restored = await rest('POST', `/articles/versions/${history.body.docs[0].id}?draft=true`, { token: tokens.admin })
    expect(restored.status).toBe(200)
    expect((await rest('GET', `/articles/${article.id}?draft=true`, { token: tokens.editor })).body.title).toBe('First title')
  })
})

describe('clinic-info has drafts too', () => {
  test('an editor drafts a change, the public keeps the published text until a reviewer publishes it', async () => {
    const draft = await rest('POST', `/globals/${globalSlugs.clinicInfo}?draft=true`, { token: tokens.editor, body: { contact: { phone: '555 0199' } } })
    expect(draft.status).toBe(200)
    const anonymous = await rest('GET', `/globals/${globalSlugs.clinicInfo}?draft=true`)
    expect(anonymous.body.name).toBe('ALT.')
    expect(anonymous.body.contact?.phone ?? null).toBeNull()

    expect((await rest('POST', `/globals/${globalSlugs.clinicInfo}`, { token: tokens.editor, body: { _status: 'published' } })).status).toBe(403)
    expect((await rest('POST', `/globals/${globalSlugs.clinicInfo}`, { token: tokens.reviewer, body: { _status: 'published' } })).status).toBe(200)
    expect((await rest('GET', `/globals/${globalSlugs.clinicInfo}`)).body.contact.phone).toBe('555 0199')
  })
})
