import type { Payload } from 'payload'

import { sitemapXml } from '../../examples/sitemapXml'
import { paragraph, richText } from '../../seed/lexical'
import { seedClinicContent } from '../../seed/seed'
import { collectionSlugs } from '../../src/slugs'
import { startPayload } from '../helpers/api'
import { startAppServer } from '../helpers/appServer'
import { staffTokens } from '../helpers/users'

let payload: Payload
let server: Awaited<ReturnType<typeof startAppServer>>
let tokens: Awaited<ReturnType<typeof staffTokens>>

type Page = { url?: string; path: string; lastmod: string; collection?: string; global?: string; slug?: string }

beforeAll(async () => {
  payload = await startPayload()
  await seedClinicContent(payload)
  tokens = await staffTokens(payload)
  server = await startAppServer(payload)
  // What the public must not find: a draft article, and a discount whose time is over.
  await payload.create({ collection: collectionSlugs.articles, data: { title: 'Unfinished', slug: 'unfinished', body: richText([paragraph('Soon.')]) } })
  await payload.create({
    collection: collectionSlugs.providerDiscounts,
    data: { title: 'Old offer', slug: 'old-offer', eligibility: 'Everyone.', activeUntil: '2020-01-01T00:00:00.000Z', _status: 'published' },
    context: { seeding: true },
  })
})
afterAll(async () => {
  await server.close()
  await payload.destroy()
})

const sitemap = async (token?: string) => {
  const response = await fetch(`${server.url}/api/sitemap`, { headers: token ? { authorization: `JWT ${token}` } : {} })
  return { response, pages: ((await response.json()) as { pages: Page[] }).pages }
}

test('lists the published articles and services, active provider discounts and the home page, with url and lastmod', async () => {
  const { response, pages } = await sitemap()
  expect(response.status).toBe(200)
  expect(response.headers.get('cache-control')).toBe('public, max-age=300')
  expect(pages.map((page) => page.path).sort()).toEqual([
    '/',
    '/articles/understanding-ketamine',
    '/provider-discounts/provider-discounts',
    '/services/integration-therapy',
    '/services/ketamine-assisted-psychotherapy',
  ])
  const article = pages.find((page) => page.slug === 'understanding-ketamine')!
  const [published] = (await payload.find({ collection: collectionSlugs.articles, where: { slug: { equals: 'understanding-ketamine' } } })).docs
  expect(article).toEqual({
    url: 'https://www.alt.test/articles/understanding-ketamine',
    path: '/articles/understanding-ketamine',
    lastmod: published.updatedAt,
    collection: collectionSlugs.articles,
    slug: 'understanding-ketamine',
  })
  expect(pages.find((page) => page.path === '/')).toMatchObject({ url: 'https://www.alt.test/', global: 'clinic-info' })
})

test('matches what the public API shows, whoever asks', async () => {
  const { pages } = await sitemap(tokens.admin) // staff see drafts elsewhere, not here
  for (const slug of [collectionSlugs.articles, collectionSlugs.services, collectionSlugs.providerDiscounts]) {
    const { docs } = await (await fetch(`${server.url}/api/${slug}?limit=100&select[slug]=true`)).json()
    const listed = pages.filter((page) => page.collection === slug).map((page) => page.slug)
    expect(listed.sort()).toEqual(docs.map((doc: { slug: string }) => doc.slug).sort())
  }
})

test('the docs/frontend.md example turns it into sitemap.xml', async () => {
  const xml = await sitemapXml(server.url)
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true)
  expect(xml).toContain('<url><loc>https://www.alt.test/articles/understanding-ketamine</loc><lastmod>')
  expect(xml.match(/<url>/g)).toHaveLength(5)
})
