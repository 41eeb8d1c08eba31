import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import { seedSlugs } from '../../seed/content'
import { paragraph, richText } from '../../seed/lexical'
import { seedClinicContent } from '../../seed/seed'
import { signPreviewToken } from '../../src/preview/token'
import { collectionSlugs, globalSlugs } from '../../src/slugs'
import { graphql, idType, rest, startPayload } from '../helpers/api'
import { staffTokens } from '../helpers/users'

let payload: Payload
let tokens: Awaited<ReturnType<typeof staffTokens>>
let live: { id: number | string }
let draftOnly: { id: number | string }

beforeAll(async () => {
  payload = await startPayload()
  await seedClinicContent(payload)
  tokens = await staffTokens(payload)
  live = (await payload.find({ collection: collectionSlugs.articles, where: { slug: { equals: seedSlugs.article } } })).docs[0]
  // A published article with a pending, unreviewed draft; and an article that was never published.
  await rest('PATCH', `/articles/${live.id}?draft=true`, { token: tokens.editor, body: { title: 'SECRET draft title' } })
  draftOnly = (await rest('POST', '/articles', { token: tokens.editor, body: { title: 'SECRET unpublished', body: richText([paragraph('Not yet.')]) } })).body.doc
})
afterAll(async () => {
  await payload.destroy()
})

/** Fails if any response body mentions a draft's secret words. */
const expectNoSecret = (body: unknown) => expect(JSON.stringify(body ?? null)).not.toMatch(/SECRET/)

describe('the admin’s preview link', () => {
  const previewOf = async (id: number | string) => {
    const config = payload.collections[collectionSlugs.articles].config
    const doc = await payload.findByID({ collection: collectionSlugs.articles, id, draft: true })
    const preview = config.admin.preview as (doc: object, options: object) => string
    return new URL(preview(doc, { req: await createLocalReq({}, payload) }))
  }

  test('opens the frontend page for the document, with a token', async () => {
    const url = await previewOf(live.id)
    expect(url.origin).toBe('https://preview.alt.test')
    expect(url.pathname).toBe(`/articles/${seedSlugs.article}`)
    expect(url.searchParams.get('previewToken')).toEqual(expect.any(String))
  })

  test('asked for again while the editor works (after each autosave), the link stays the same, so Live Preview does not reload; it lasts 9 to 10 minutes', async () => {
    const minute = () => Math.floor(Date.now() / 60_000)
    const before = minute()
    const first = await previewOf(live.id)
    const again = await previewOf(live.id)
    // Within a minute the link is the same (across a minute's boundary it changes once).
    if (minute() === before) expect(again.href).toBe(first.href)
    const { exp } = JSON.parse(Buffer.from(again.searchParams.get('previewToken')!.split('.')[0], 'base64url').toString())
    const left = exp - Date.now() / 1000
    expect(left).toBeGreaterThan(540 - 2)
    expect(left).toBeLessThanOrEqual(600)
  })

  test('the frontend exchanges the token for the draft', async () => {
    const token = (await previewOf(live.id)).searchParams.get('previewToken')!
    const res = await rest('GET', `/preview-token/verify?token=${encodeURIComponent(token)}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.body).toMatchObject({ collection: collectionSlugs.articles, id: live.id, doc: { title: 'SECRET draft title' } })
  })

  test('a draft that was never published previews too', async () => {
    const token = signPreviewToken(payload.secret, { collection: collectionSlugs.articles, id: draftOnly.id }, 60)
    const res = await rest('GET', `/preview-token/verify?token=${token}`)
    expect(res.body).toMatchObject({ collection: collectionSlugs.articles, id: draftOnly.id, doc: { title: 'SECRET unpublished' } })
  })

  test('the draft is read as the public reads it, whoever asks: fields hidden from the public stay hidden', async () => {
    const reason = 'Staff only: "cure" is quoted from the study here.'
    expect((await rest('PATCH', `/articles/${live.id}?draft=true`, { token: tokens.reviewer, body: { claimCheck: { overrideReason: reason } } })).status).toBe(200)
    expect((await rest('GET', `/articles/${live.id}?draft=true`, { token: tokens.reviewer })).body.claimCheck.overrideReason).toBe(reason)
    const token = signPreviewToken(payload.secret, { collection: collectionSlugs.articles, id: live.id }, 60)
    for (const caller of [undefined, tokens.reviewer]) {
      const res = await rest('GET', `/preview-token/verify?token=${token}`, { token: caller })
      expect(res.body.doc).toMatchObject({ title: 'SECRET draft title' })
      expect(res.body.doc).not.toHaveProperty('claimCheck')
      expect(JSON.stringify(res.body)).not.toContain('Staff only')
    }
  })

  test('clinic-info previews too', async () => {
    await rest('POST', `/globals/${globalSlugs.clinicInfo}?draft=true`, { token: tokens.editor, body: { contact: { heading: 'SECRET heading' } } })
    const token = signPreviewToken(payload.secret, { global: globalSlugs.clinicInfo }, 60)
    const res = await rest('GET', `/preview-token/verify?token=${token}`)
    expect(res.body).toMatchObject({ global: globalSlugs.clinicInfo, doc: { contact: { heading: 'SECRET heading' } } })
    expectNoSecret((await rest('GET', `/globals/${globalSlugs.clinicInfo}?draft=true`)).body)
    expectNoSecret((await graphql(`{ ClinicInfo(draft: true) { contact { heading } } }`)).body)
    expect((await rest('GET', `/globals/${globalSlugs.clinicInfo}/versions`)).status).toBe(403)
  })

  test.each([
    ['missing', ''],
    ['forged', signPreviewToken('another secret', { collection: collectionSlugs.articles, id: 1 }, 60)],
    ['expired', signPreviewToken('test-secret', { collection: collectionSlugs.articles, id: 1 }, 60, Date.now() - 3_600_000)],
    ['garbage', 'not.a.token.at.all'],
  ])('a %s token gets 401 and no draft', async (_, token) => {
    const res = await rest('GET', `/preview-token/verify?token=${encodeURIComponent(token)}`)
    expect(res.status).toBe(401)
    expectNoSecret(res.body)
  })

  test('an expired token signed with the right secret gets 401', async () => {
    const token = signPreviewToken(payload.secret, { collection: collectionSlugs.articles, id: live.id }, 60, Date.now() - 3_600_000)
    expect((await rest('GET', `/preview-token/verify?token=${token}`)).status).toBe(401)
  })
})

describe('without a token, anonymous callers never get a draft', () => {
  test('REST lists, by id, with ?draft=true', async () => {
    for (const path of [
      '/articles',
      '/articles?draft=true',
      '/articles?draft=true&where[_status][equals]=draft',
      `/articles/${live.id}?draft=true`,
      `/articles/${draftOnly.id}`,
      `/articles/${draftOnly.id}?draft=true`,
      '/articles/count?draft=true',
    ]) {
      expectNoSecret((await rest('GET', path)).body)
    }
    expect((await rest('GET', `/articles/${draftOnly.id}?draft=true`)).status).toBe(404)
    expect((await rest('GET', '/articles/count?draft=true')).body.totalDocs).toBe(1)
  })

  test('an anonymous draft read is served the published versions', async () => {
    const res = await rest('GET', '/articles?draft=true&limit=100')
    expect(res.body.docs.map((doc: { title: string }) => doc.title)).toEqual(['Understanding Ketamine'])
  })

  test('GraphQL with draft: true', async () => {
    const list = await graphql(`{ Articles(draft: true, limit: 100) { docs { title } } }`)
    expect(list.body.data.Articles.docs.map((doc: { title: string }) => doc.title)).toEqual(['Understanding Ketamine'])
    for (const id of [live.id, draftOnly.id]) {
      const one = await graphql(`query ($id: ${idType}) { Article(id: $id, draft: true) { title } }`, { variables: { id } })
      expectNoSecret(one.body)
    }
  })

  test('REST and GraphQL versions', async () => {
    const versions = await payload.findVersions({ collection: collectionSlugs.articles, limit: 1 })
    const versionId = versions.docs[0].id
    for (const path of ['/articles/versions', `/articles/versions/${versionId}`, '/articles/versions?draft=true']) {
      const res = await rest('GET', path)
      expect(res.status).toBe(403)
      expectNoSecret(res.body)
    }
    expectNoSecret((await graphql(`{ versionsArticles { docs { version { title } } } }`)).body)
    expectNoSecret((await graphql(`query ($id: ${idType}) { versionArticle(id: $id) { version { title } } }`, { variables: { id: versionId } })).body)
  })

  test('a duplicated document is a new draft, not a published copy of the pending draft', async () => {
    expect((await rest('POST', `/articles/${live.id}/duplicate`)).status).toBe(403)
    const copy = await rest('POST', `/articles/${live.id}/duplicate`, { token: tokens.editor })
    expect(copy.status).toBe(200)
    expect(copy.body.doc._status).toBe('draft')
    expect((await rest('GET', `/articles/${copy.body.doc.id}?draft=true`)).status).toBe(404)
    const gqlCopy = await graphql(`mutation ($id: ${idType}) { duplicateArticle(id: $id) { title _status } }`, { variables: { id: live.id } })
    expect(gqlCopy.body.data?.duplicateArticle ?? null).toBeNull()
    expectNoSecret((await rest('GET', '/articles?draft=true&limit=100')).body)
  })
})
