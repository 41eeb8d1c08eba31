import type { OpenAPIV3_1 } from 'openapi-types'
import type { Payload } from 'payload'

import config from '@payload-config'
import { validate } from '@readme/openapi-parser'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'

import { seedClinicContent } from '../../seed/seed'
import { openApiDocument } from '../../src/openapi/document'
import { signPreviewToken } from '../../src/preview/token'
import { collectionSlugs, globalSlugs } from '../../src/slugs'
import { startPayload } from '../helpers/api'
import { startAppServer } from '../helpers/appServer'
import { submission } from '../helpers/intake'
import { contractOf } from '../helpers/openapi'
import { staffTokens } from '../helpers/users'

const committedPath = path.resolve(import.meta.dirname, '../../openapi.json')

let payload: Payload
let server: Awaited<ReturnType<typeof startAppServer>>
let document: OpenAPIV3_1.Document
let contract: ReturnType<typeof contractOf>
let tokens: Awaited<ReturnType<typeof staffTokens>>

beforeAll(async () => {
  payload = await startPayload()
  await seedClinicContent(payload)
  tokens = await staffTokens(payload)
  server = await startAppServer(payload)
  document = await (await fetch(`${server.url}/api/openapi.json`)).json()
  contract = contractOf(document)
})
afterAll(async () => {
  await server.close()
  await payload.destroy()
})

type Call = { method?: string; body?: BodyInit; headers?: Record<string, string>; token?: string }

/** Calls the server and checks the answer against the served document. */
const call = async (path: string, { method = 'GET', body, headers = {}, token }: Call = {}) => {
  const response = await fetch(server.url + path, {
    method,
    body,
    headers: { ...headers, ...(token ? { authorization: `JWT ${token}` } : {}) },
  })
  const text = await response.text()
  const contentType = response.headers.get('content-type')
  const answer = { status: response.status, body: contentType?.includes('json') ? JSON.parse(text) : text, contentType }
  contract.check(method, path, answer)
  return { ...answer, headers: response.headers } as { status: number; body: any; headers: Headers }
}

const missingId = () => (payload.db.defaultIDType === 'number' ? '999999' : '0123456789abcdef01234567')

describe('the document', () => {
  test('openapi.json (committed) is what the config generates', async () => {
    const fresh = JSON.stringify(openApiDocument(await config, 'number'), null, 2) + '\n'
    const fix = 'Run `npm run generate:openapi` and commit openapi.json.'
    expect({ upToDate: fresh === readFileSync(committedPath, 'utf8'), fix }).toEqual({ upToDate: true, fix })
  })

  test('the committed and the served documents pass the OpenAPI 3.1 validator (@readme/openapi-parser)', async () => {
    for (const candidate of [JSON.parse(readFileSync(committedPath, 'utf8')), structuredClone(document)]) {
      const result = await validate(candidate)
      expect(result).toMatchObject({ valid: true, specification: 'OpenAPI' })
      expect(result.warnings).toEqual([])
    }
    expect(document.openapi).toBe('3.1.0')
  })

  test('its document schemas come from the config: a field added in the config appears, typed', () => {
    const article = document.components!.schemas!.Article as OpenAPIV3_1.SchemaObject
    const fields = payload.collections[collectionSlugs.articles].config.flattenedFields.map((field) => field.name)
    expect(Object.keys(article.properties!).sort()).toEqual(['id', ...fields].filter((name, i, all) => all.indexOf(name) === i).sort())
    // Staff accounts are private: a reviewer is documented as the id the public API answers with.
    expect(JSON.stringify(article.properties!.reviewedBy)).not.toContain('User')
    expect(document.components!.schemas!.User).toBeUndefined()
  })

  test('the served document uses the database’s ids (integers on SQLite, strings on MongoDB)', () => {
    const id = (document.components!.schemas!.Article as OpenAPIV3_1.SchemaObject).properties!.id as OpenAPIV3_1.SchemaObject
    expect(id.type).toBe(payload.db.defaultIDType === 'number' ? 'number' : 'string')
  })

  test('is public and cacheable', async () => {
    const res = await fetch(`${server.url}/api/openapi.json`)
    expect(res.headers.get('cache-control')).toBe('public, max-age=300')
  })
})

describe('real answers match the document', () => {
  test('content reads: lists, by slug, by id, with depth, sort, limit, page, select and draft', async () => {
    for (const slug of [collectionSlugs.articles, collectionSlugs.services, collectionSlugs.quotes, collectionSlugs.providerDiscounts]) {
      const list = await call(`/api/${slug}?limit=1&page=1&sort=-createdAt&depth=2&draft=true`)
      expect(list.status).toBe(200)
      expect(list.body.docs.length).toBe(1)
      const one = list.body.docs[0]
      const bySlug = await call(`/api/${slug}?where[slug][equals]=${one.slug}&depth=0`)
      expect(bySlug.body.docs.map((doc: { id: unknown }) => doc.id)).toEqual([one.id])
      expect((await call(`/api/${slug}/${one.id}?depth=1`)).status).toBe(200)
    }
    const article = await call('/api/articles?where[slug][equals]=understanding-ketamine&depth=1')
    expect(article.body.docs[0].title).toBe('Understanding Ketamine')
  })

  test('select: only the chosen fields, as the select parameter says (required fields may be absent)', async () => {
    const res = await fetch(`${server.url}/api/articles?select[title]=true&select[slug]=true`)
    const body = await res.json()
    expect(Object.keys(body.docs[0]).sort()).toEqual(['id', 'slug', 'title'])
    contract.check('GET', '/api/articles', { status: res.status, body, contentType: res.headers.get('content-type') }, { partial: true })
  })

  test('the global', async () => {
    const res = await call(`/api/globals/${globalSlugs.clinicInfo}?depth=1`)
    expect(res.body.name).toBe('ALT.')
  })

  test('media: list and by id', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#7a9e7e' } }).png().toBuffer()
    const media = await payload.create({
      collection: collectionSlugs.media,
      data: { alt: 'A calm green square' },
      file: { data: png, mimetype: 'image/png', name: 'calm.png', size: png.byteLength },
    })
    expect((await call('/api/media')).body.totalDocs).toBe(1)
    expect((await call(`/api/media/${media.id}`)).body.alt).toBe('A calm green square')
  })

  test('errors: 400 for a query on an unknown field, 404 for a missing id, 403 for versions without signing in', async () => {
    for (const slug of [collectionSlugs.articles, collectionSlugs.services, collectionSlugs.quotes, collectionSlugs.providerDiscounts, collectionSlugs.media]) {
      expect((await call(`/api/${slug}?where[nope][equals]=1`)).status).toBe(400)
      expect((await call(`/api/${slug}/${missingId()}`)).status).toBe(404)
    }
    for (const slug of [collectionSlugs.articles, collectionSlugs.services, collectionSlugs.providerDiscounts]) {
      expect((await call(`/api/${slug}/versions`)).status).toBe(403)
      expect((await call(`/api/${slug}/versions?limit=2`, { token: tokens.editor })).status).toBe(200)
    }
  })

  test('the contact intake: form token, 201, 400 field errors, 400 not JSON, 413, 415, 429', async () => {
    const json = { 'content-type': 'application/json' }
    expect((await call('/api/contact-submissions/form-token')).status).toBe(200)
    const post = (body: BodyInit, headers: Record<string, string> = json) => call('/api/contact-submissions', { method: 'POST', body, headers })
    expect((await post(JSON.stringify(submission(payload)))).body.status).toBe('received')
    const invalid = await post(JSON.stringify(submission(payload, { email: 'nope', homepage: 'x' })))
    expect(invalid.body.errors[0].data.errors.map((error: { path: string }) => error.path).sort()).toEqual(['email', 'homepage'])
    expect((await post('{ not json')).status).toBe(400)
    expect((await post(JSON.stringify(submission(payload, { message: 'x'.repeat(70_000) })))).status).toBe(413)
    expect((await post('name=Ann', { ...json, 'content-type': 'text/plain' })).status).toBe(415)
    let last = 0
    for (let i = 0; i < 6 && last !== 429; i++) last = (await post(JSON.stringify(submission(payload)))).status
    expect(last).toBe(429)
  })

  test('preview-token verify: 200 for a document and for the global, 401 for a bad token, 404 for a deleted document', async () => {
    const draft = await payload.create({ collection: collectionSlugs.quotes, data: { text: 'A quote to preview.', attribution: 'Someone', slug: 'a-quote-to-preview' } })
    const sign = (target: Parameters<typeof signPreviewToken>[1]) => signPreviewToken(payload.secret, target, 600)
    expect((await call(`/api/preview-token/verify?token=${sign({ collection: collectionSlugs.quotes, id: draft.id })}`)).status).toBe(200)
    expect((await call(`/api/preview-token/verify?token=${sign({ global: globalSlugs.clinicInfo })}`)).status).toBe(200)
    expect((await call('/api/preview-token/verify?token=forged')).status).toBe(401)
    await payload.delete({ collection: collectionSlugs.quotes, id: draft.id })
    expect((await call(`/api/preview-token/verify?token=${sign({ collection: collectionSlugs.quotes, id: draft.id })}`)).status).toBe(404)
  })

  test('redirects: list (a page, filled in, and a typed address), by id, 400, 404', async () => {
    const [article] = (await payload.find({ collection: collectionSlugs.articles, where: { slug: { equals: 'understanding-ketamine' } } })).docs
    const data = [
      { from: '/ketamine', to: { type: 'reference' as const, reference: { relationTo: collectionSlugs.articles, value: article.id } } },
      { from: '/flyer', to: { type: 'custom' as const, url: '/services/integration-therapy' }, type: '301' as const },
    ]
    for (const redirect of data) await payload.create({ collection: collectionSlugs.redirects, data: redirect as never })
    const list = await call('/api/redirects?depth=1&sort=from')
    expect(list.body.docs.map((doc: { from: string }) => doc.from)).toEqual(['/flyer', '/ketamine'])
    expect(list.body.docs[1].to.reference.value.title).toBe('Understanding Ketamine')
    expect((await call(`/api/redirects/${list.body.docs[0].id}`)).body.to.url).toBe('/services/integration-therapy')
    expect((await call('/api/redirects?where[nope][equals]=1')).status).toBe(400)
    expect((await call(`/api/redirects/${missingId()}`)).status).toBe(404)
  })

  test('search: results, 400 for a query too long', async () => {
    const found = await call('/api/search?q=integration&limit=5')
    expect(found.body.docs[0]).toMatchObject({ type: 'services', title: 'Integration therapy', path: '/services/integration-therapy' })
    expect((await call(`/api/search?q=${'x'.repeat(1000)}`)).status).toBe(400)
  })

  test('the sitemap, with the redirect table', async () => {
    const { body } = await call('/api/sitemap')
    expect(body.pages.length).toBeGreaterThan(0)
    expect(body.redirects).toEqual(expect.arrayContaining([{ from: '/ketamine', to: '/articles/understanding-ketamine', status: 308 }]))
  })

  test('every operation: 431 for headers over 16 KiB (a pile of cookies), before anything else', async () => {
    const cookie = `crumbs=${'x'.repeat(17 * 1024)}`
    for (const [template, item] of Object.entries(document.paths!)) {
      const path = template.replace('{id}', missingId()) + (template.endsWith('/verify') ? '?token=x' : '')
      for (const method of Object.keys(item!)) {
        expect((await call(path, { method: method.toUpperCase(), headers: { cookie } })).status).toBe(431)
      }
    }
  })

  test('every documented answer was checked above', () => {
    expect(contract.unchecked()).toEqual([])
  })
})
