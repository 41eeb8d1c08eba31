import type { Payload } from 'payload'

import { seedSlugs } from '../../seed/content'
import { seedClinicContent } from '../../seed/seed'
import { collectionSlugs } from '../../src/slugs'
import { graphql, rest, startPayload } from '../helpers/api'
import { paragraph, richText } from '../../seed/lexical'
import { itUnlessFerret } from '../helpers/ferret'
import { staffTokens } from '../helpers/users'

let payload: Payload
let tokens: Awaited<ReturnType<typeof staffTokens>>
let draftId: number | string
let kapId: number | string

beforeAll(async () => {
  payload = await startPayload()
  await seedClinicContent(payload)
  tokens = await staffTokens(payload)
  const kap = await payload.find({ collection: collectionSlugs.services, where: { slug: { equals: seedSlugs.kap } } })
  kapId = kap.docs[0].id
  const draft = await payload.create({
    collection: collectionSlugs.articles,
    draft: true,
    data: { title: 'Unreviewed draft', slug: 'unreviewed-draft', body: richText([paragraph('Not ready.')]), relatedServices: [kapId as number], _status: 'draft' },
  })
  draftId = draft.id
})
afterAll(async () => {
  await payload.destroy()
})

describe('anonymous readers get published content by slug', () => {
  test('REST', async () => {
    const res = await rest('GET', `/articles?where[slug][equals]=${seedSlugs.article}`)
    expect(res.status).toBe(200)
    expect(res.body.totalDocs).toBe(1)
    expect(res.body.docs[0]).toMatchObject({ title: 'Understanding Ketamine', slug: seedSlugs.article, _status: 'published' })
  })

  test('GraphQL, with the related quote and services', async () => {
    const res = await graphql(`query ($slug: String!) {
      Articles(where: { slug: { equals: $slug } }) { docs { title quote { text attribution } relatedServices { name slug } } }
    }`, { variables: { slug: seedSlugs.article } })
    expect(res.body.errors).toBeUndefined()
    const [article] = res.body.data.Articles.docs
    expect(article.quote.attribution).toBe('Daniel J. Siegel')
    expect(article.relatedServices.map((service: { slug: string }) => service.slug).sort()).toEqual([seedSlugs.integration, seedSlugs.kap])
  })

  test('services, quotes, provider discounts and clinic-info are public', async () => {
    expect((await rest('GET', `/services?where[slug][equals]=${seedSlugs.kap}`)).body.totalDocs).toBe(1)
    expect((await rest('GET', `/quotes?where[slug][equals]=${seedSlugs.quote}`)).body.totalDocs).toBe(1)
    expect((await rest('GET', `/provider-discounts?where[slug][equals]=${seedSlugs.providerDiscount}`)).body.totalDocs).toBe(1)
    expect((await rest('GET', '/globals/clinic-info')).body).toMatchObject({ name: 'ALT.' })
  })
})

describe('anonymous readers never see drafts', () => {
  test('not in lists, not by id, not with ?draft=true', async () => {
    expect((await rest('GET', '/articles?where[slug][equals]=unreviewed-draft')).body.totalDocs).toBe(0)
    expect((await rest('GET', '/articles?draft=true&where[slug][equals]=unreviewed-draft')).body.totalDocs).toBe(0)
    expect((await rest('GET', `/articles/${draftId}`)).status).toBe(404)
    expect((await rest('GET', `/articles/${draftId}?draft=true`)).status).toBe(404)
  })

  test('not through GraphQL, with or without draft: true', async () => {
    const list = await graphql(`{ Articles(draft: true, where: { slug: { equals: "unreviewed-draft" } }) { totalDocs } }`)
    expect(list.body.data.Articles.totalDocs).toBe(0)
    const one = await graphql(`query ($id: Int!) { Article(id: $id, draft: true) { title } }`, { variables: { id: draftId } })
    expect(one.body.data?.Article ?? null).toBeNull()
  })

  test('not through the versions endpoints', async () => {
    expect((await rest('GET', '/articles/versions')).status).toBe(403)
    const gql = await graphql(`{ versionsArticles { docs { version { title } } } }`)
    expect(gql.body.data?.versionsArticles ?? null).toBeNull()
  })

  test('not through a service’s related articles', async () => {
    const res = await rest('GET', `/services/${kapId}`)
    expect(res.status).toBe(200)
    const titles = res.body.relatedArticles.docs.map((article: { title?: string }) => article.title)
    expect(titles).toEqual(['Understanding Ketamine'])
  })

  test('a published article’s newer draft stays private; staff see it', async () => {
    const { docs } = await payload.find({ collection: collectionSlugs.articles, where: { slug: { equals: seedSlugs.article } } })
    await payload.update({ collection: collectionSlugs.articles, id: docs[0].id, draft: true, data: { title: 'Draft retitle' } })
    const publicView = await rest('GET', `/articles/${docs[0].id}?draft=true`)
    expect(publicView.body.title).toBe('Understanding Ketamine')
    const staffView = await rest('GET', `/articles/${docs[0].id}?draft=true`, { token: tokens.editor })
    expect(staffView.body.title).toBe('Draft retitle')
  })
})

describe('who may write content', () => {
  const article = { title: 'New piece', body: richText([paragraph('Hello.')]) }

  test('anonymous callers and managers may not', async () => {
    expect((await rest('POST', '/articles', { body: article })).status).toBe(403)
    expect((await rest('POST', '/articles', { body: article, token: tokens.manager })).status).toBe(403)
    expect((await rest('POST', '/globals/clinic-info', { body: { name: 'X' } })).status).toBe(403)
  })

  test('editors may, and the slug is generated from the title', async () => {
    const res = await rest('POST', '/articles?draft=true', { body: article, token: tokens.editor })
    expect(res.status).toBe(201)
    expect(res.body.doc).toMatchObject({ slug: 'new-piece', _status: 'draft' })
  })

  test('over GraphQL too: a create needs no slug', async () => {
    const res = await graphql(
      `mutation ($data: mutationArticleInput!) { createArticle(data: $data, draft: true) { slug _status } }`,
      { token: tokens.editor, variables: { data: { ...article, title: 'Piece by GraphQL' } } },
    )
    expect(res.body.errors).toBeUndefined()
    expect(res.body.data.createArticle).toEqual({ slug: 'piece-by-graphql', _status: 'draft' })
  })

  itUnlessFerret('its duplicate-key errors name no field, and a duplicate on update is a 500')(
    'a duplicate slug is a 400 on the slug field, on create and on update',
    async () => {
      const created = await rest('POST', '/articles', { body: { ...article, slug: seedSlugs.article }, token: tokens.editor })
      expect(created.status).toBe(400)
      expect(created.body.errors[0].data.errors[0].path).toBe('slug')
      const other = await payload.create({ collection: collectionSlugs.articles, data: { ...article, title: 'Other piece', slug: 'other-piece' } })
      const updated = await rest('PATCH', `/articles/${other.id}`, { body: { slug: seedSlugs.article }, token: tokens.editor })
      expect(updated.status).toBe(400)
      expect(updated.body.errors[0].data.errors[0].path).toBe('slug')
    },
  )
})

describe('provider-discount amounts', () => {
  const base = { title: 'Test discount', eligibility: 'Nurses.' }

  test.each([
    [{ kind: 'percentage', value: 150 }, 'A percentage cannot exceed 100.'],
    [{ value: 10 }, 'Choose whether this is a percentage or a fixed amount.'],
    [{ kind: 'fixed', value: -5 }, expect.any(String)],
  ])('%j is refused on amount.value', async (amount, message) => {
    const res = await rest('POST', '/provider-discounts', { token: tokens.editor, body: { ...base, amount } })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors).toEqual([{ path: 'amount.value', message, label: expect.anything() }])
  })

  test('an empty amount is fine: the source gives none', async () => {
    const res = await rest('POST', '/provider-discounts', { token: tokens.editor, body: base })
    expect(res.status).toBe(201)
  })
})
