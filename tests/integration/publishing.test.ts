import type { Payload } from 'payload'

import { paragraph, richText } from '../../seed/lexical'
import { collectionSlugs } from '../../src/slugs'
import { graphql, idType, rest, startPayload } from '../helpers/api'
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

const article = (title: string) => ({ title, body: richText([paragraph(`${title}: what the clinic offers.`)]) })
const publicTitle = async (id: number | string) => (await rest('GET', `/articles/${id}`)).body?.title

describe('medical content goes live only through a clinical reviewer or an admin', () => {
  test('an editor saves drafts but cannot publish, over REST or GraphQL', async () => {
    const draft = await rest('POST', '/articles', { token: tokens.editor, body: article('Editor draft') })
    expect(draft.status).toBe(201)
    expect(draft.body.doc._status).toBe('draft')

    const published = await rest('POST', '/articles', { token: tokens.editor, body: { ...article('Editor publish'), _status: 'published' } })
    expect(published.status).toBe(403)
    const patched = await rest('PATCH', `/articles/${draft.body.doc.id}`, { token: tokens.editor, body: { _status: 'published' } })
    expect(patched.status).toBe(403)
    const gql = await graphql(`mutation ($id: ${idType}) { updateArticle(id: $id, data: { _status: published }) { _status } }`, {
      token: tokens.editor,
      variables: { id: draft.body.doc.id },
    })
    expect(gql.body.errors?.[0]?.message).toMatch(/not allowed/i)
    expect(await publicTitle(draft.body.doc.id)).toBeUndefined()
  })

  test('an editor’s plain save on a published article does not change what is live', async () => {
    const live = await payload.create({ collection: collectionSlugs.articles, data: { ...article('Live piece'), slug: 'live-piece', _status: 'published' }, context: { seeding: true } })
    const res = await rest('PATCH', `/articles/${live.id}`, { token: tokens.editor, body: { title: 'Unreviewed rewrite' } })
    expect(res.status).toBe(403)
    expect(await publicTitle(live.id)).toBe('Live piece')

    // Saving a draft of it is fine: the public keeps the published version.
    const draft = await rest('PATCH', `/articles/${live.id}?draft=true`, { token: tokens.editor, body: { title: 'Proposed rewrite' } })
    expect(draft.status).toBe(200)
    expect(await publicTitle(live.id)).toBe('Live piece')
  })

  test('a clinical reviewer publishes the editor’s draft', async () => {
    const draft = await rest('POST', '/articles', { token: tokens.editor, body: article('Ready for review') })
    const review = { reviewedBy: tokens.reviewerId, lastReviewedAt: new Date().toISOString() }
    const res = await rest('PATCH', `/articles/${draft.body.doc.id}`, { token: tokens.reviewer, body: { ...review, _status: 'published' } })
    expect(res.status).toBe(200)
    expect(await publicTitle(draft.body.doc.id)).toBe('Ready for review')
  })

  test('editors may not delete medical content; clinical reviewers may', async () => {
    const doc = await payload.create({ collection: collectionSlugs.services, data: { name: 'Delete me', slug: 'delete-me' } })
    expect((await rest('DELETE', `/services/${doc.id}`, { token: tokens.editor })).status).toBe(403)
    expect((await rest('DELETE', `/services/${doc.id}`, { token: tokens.reviewer })).status).toBe(200)
  })
})

describe('editors publish quotes and provider-discount terms themselves', () => {
  test('provider discount', async () => {
    const res = await rest('POST', '/provider-discounts', {
      token: tokens.editor,
      body: { title: 'Nurses', eligibility: 'Registered nurses.', _status: 'published' },
    })
    expect(res.status).toBe(201)
    expect((await rest('GET', `/provider-discounts/${res.body.doc.id}`)).body.title).toBe('Nurses')
  })

  test('publishing answers "Published.", and each version keeps who made it', async () => {
    const idOf = async (token: string) => (await rest('GET', '/users/me', { token })).body.user.id
    const [editorId, adminId] = [await idOf(tokens.editor), await idOf(tokens.admin)]
    const created = await rest('POST', '/provider-discounts?draft=true', { token: tokens.editor, body: { title: 'Counsellors', eligibility: 'Licensed counsellors.' } })
    const id = created.body.doc.id
    const published = await rest('PATCH', `/provider-discounts/${id}`, { token: tokens.editor, body: { _status: 'published' } })
    expect([published.status, published.body.message]).toEqual([200, 'Published.'])
    const draft = await rest('PATCH', `/provider-discounts/${id}?draft=true`, { token: tokens.admin, body: { eligibility: 'Licensed counsellors and therapists.' } })
    expect([draft.status, draft.body.message]).toEqual([200, 'Draft saved successfully.'])
    // Unpublishing, and any save that does not publish, keep Payload's words.
    const unpublished = await rest('PATCH', `/provider-discounts/${id}`, { token: tokens.editor, body: { _status: 'draft' } })
    expect([unpublished.status, unpublished.body.message]).toEqual([200, 'Updated successfully.'])
    const quote = await rest('POST', '/quotes', { token: tokens.editor, body: { text: 'Be patient.', attribution: 'Someone else' } })
    expect((await rest('PATCH', `/quotes/${quote.body.doc.id}`, { token: tokens.editor, body: { text: 'Be patient with yourself.' } })).body.message).toBe('Updated successfully.')

    const { docs } = await payload.findVersions({ collection: collectionSlugs.providerDiscounts, where: { parent: { equals: id } }, sort: 'createdAt', depth: 0 })
    expect(docs.map((version) => [version.version._status, version.version.updatedBy])).toEqual([
      ['draft', editorId],
      ['published', editorId],
      ['draft', adminId],
      ['draft', editorId],
    ])
  })

  test('quote', async () => {
    const res = await rest('POST', '/quotes', { token: tokens.editor, body: { text: 'Be kind.', attribution: 'Someone' } })
    expect(res.status).toBe(201)
  })

  test('clinical reviewers do not write marketing content', async () => {
    const res = await rest('POST', '/quotes', { token: tokens.reviewer, body: { text: 'Be kind.', attribution: 'Someone' } })
    expect(res.status).toBe(403)
  })
})

describe('roles: only admins assign them', () => {
  test('nobody raises their own role', async () => {
    const reviewer = await rest('PATCH', `/users/${tokens.reviewerId}`, { token: tokens.reviewer, body: { roles: ['admin'] } })
    expect(reviewer.status).toBe(200)
    expect(reviewer.body.doc.roles).toEqual(['clinical-reviewer'])
    const me = await rest('GET', '/users/me', { token: tokens.editor })
    const res = await rest('PATCH', `/users/${me.body.user.id}`, { token: tokens.editor, body: { roles: ['clinical-reviewer'] } })
    expect(res.body.doc.roles).toEqual(['editor'])
  })

  test('an admin makes someone a clinical reviewer', async () => {
    const me = await rest('GET', '/users/me', { token: tokens.editor })
    const res = await rest('PATCH', `/users/${me.body.user.id}`, { token: tokens.admin, body: { roles: ['editor', 'clinical-reviewer'] } })
    expect(res.status).toBe(200)
    expect(res.body.doc.roles).toEqual(['editor', 'clinical-reviewer'])
    await rest('PATCH', `/users/${me.body.user.id}`, { token: tokens.admin, body: { roles: ['editor'] } })
  })
})

describe('provider-discount terms are public only while active', () => {
  const day = 24 * 60 * 60 * 1000
  const at = (offsetDays: number) => new Date(Date.now() + offsetDays * day).toISOString()
  const windows = {
    'open-ended': {},
    'started, no end': { activeFrom: at(-1) },
    'no start, ends later': { activeUntil: at(1) },
    'inside its window': { activeFrom: at(-1), activeUntil: at(1) },
    'not started yet': { activeFrom: at(1) },
    'ended': { activeFrom: at(-10), activeUntil: at(-1) },
  }

  beforeAll(async () => {
    for (const [title, window] of Object.entries(windows)) {
      const res = await rest('POST', '/provider-discounts', { token: tokens.editor, body: { title, eligibility: 'Therapists.', ...window, _status: 'published' } })
      expect(res.status).toBe(201)
    }
  })

  const titles = (docs: { title: string }[]) => docs.map((doc) => doc.title).filter((title) => title in windows).sort()
  const active = ['inside its window', 'no start, ends later', 'open-ended', 'started, no end']

  test('anonymous callers, over REST and GraphQL', async () => {
    expect(titles((await rest('GET', '/provider-discounts?limit=100')).body.docs)).toEqual(active)
    const gql = await graphql(`{ ProviderDiscounts(limit: 100) { docs { title } } }`)
    expect(titles(gql.body.data.ProviderDiscounts.docs)).toEqual(active)
  })

  test('staff see every window', async () => {
    expect(titles((await rest('GET', '/provider-discounts?limit=100', { token: tokens.manager })).body.docs)).toEqual(Object.keys(windows).sort())
  })
})
