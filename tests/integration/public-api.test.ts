import type { Payload } from 'payload'

import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { seedSlugs } from '../../seed/content'
import { seedClinicContent } from '../../seed/seed'
import { collectionSlugs } from '../../src/slugs'
import { startAppServer } from '../helpers/appServer'
import { formTokenFor } from '../helpers/intake'
import { staffTokens } from '../helpers/users'
import { startPayload } from '../helpers/api'

/**
 * The public API's front door through a real HTTP server: the response cache (HIT, MISS,
 * BYPASS, never stale), ETag and 304, Cache-Control, compression and CORS.
 */
let payload: Payload
let server: Awaited<ReturnType<typeof startAppServer>>
let tokens: Awaited<ReturnType<typeof staffTokens>>
const site = 'https://www.alt.test'

beforeAll(async () => {
  payload = await startPayload()
  await seedClinicContent(payload)
  tokens = await staffTokens(payload)
  server = await startAppServer(payload, { corsOrigins: [site], sharedMaxAgeSeconds: 30 })
})
afterAll(async () => {
  await server.close()
  await payload.destroy()
})

type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer; json: () => any }

/** One HTTP request with raw bytes back (fetch would decompress and hide Content-Encoding). */
const call = (path: string, { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
  new Promise<Answer>((resolve, reject) => {
    const req = httpRequest(`${server.url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const bytes = Buffer.concat(chunks)
        resolve({ status: res.statusCode!, headers: res.headers, body: bytes, json: () => JSON.parse(bytes.toString('utf8')) })
      })
    })
    req.on('error', reject)
    req.end(body)
  })

const articlePath = `/api/articles?where[slug][equals]=${seedSlugs.article}&depth=1`
const graphQLQuery = `{ Articles(where: { slug: { equals: "${seedSlugs.article}" } }) { docs { title summary quote { text attribution } relatedServices { name slug } } } }`
const postGraphQL = (query: string, headers: Record<string, string> = {}) =>
  call('/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) })

describe('the response cache', () => {
  test('an anonymous read is a MISS, then a HIT with the same bytes, whatever the order of the parameters', async () => {
    const first = await call('/api/quotes?limit=5&sort=slug')
    const second = await call('/api/quotes?limit=5&sort=slug')
    const reordered = await call('/api/quotes?sort=slug&limit=5')
    expect([first.headers['x-cache'], second.headers['x-cache'], reordered.headers['x-cache']]).toEqual(['MISS', 'HIT', 'HIT'])
    expect(second.body.equals(first.body)).toBe(true)
    expect(first.json().docs.length).toBeGreaterThan(0)
  })

  test('signed-in reads, draft=true and private routes are not cached', async () => {
    const staff = await call(articlePath, { headers: { authorization: `JWT ${tokens.editor}` } })
    expect(staff.status).toBe(200)
    expect(staff.headers['x-cache']).toBe('BYPASS')
    expect(staff.headers['cache-control']).toBe('private, no-store')
    const cookie = await call(articlePath, { headers: { cookie: `payload-token=${tokens.editor}` } })
    expect(cookie.headers['x-cache']).toBe('BYPASS')
    expect(cookie.headers['cache-control']).toBe('private, no-store')
    const draft = await call(`${articlePath}&draft=true`)
    const draftAgain = await call(`${articlePath}&draft=true`)
    expect([draft.headers['x-cache'], draftAgain.headers['x-cache']]).toEqual(['BYPASS', 'BYPASS'])
    const users = await call('/api/users')
    expect(users.headers['x-cache']).toBeUndefined()
    expect(users.status).toBe(403)
  })

  test('a publish, an unpublish and a Local API change are visible on the very next request', async () => {
    const editor = { 'content-type': 'application/json', authorization: `JWT ${tokens.editor}` }
    const path = '/api/provider-discounts?where[slug][equals]=colleague-offer'
    const created = await call('/api/provider-discounts?draft=true', {
      method: 'POST',
      headers: editor,
      body: JSON.stringify({ title: 'Colleague offer', slug: 'colleague-offer', eligibility: 'Fellow providers.', _status: 'draft' }),
    })
    expect(created.status).toBe(201)
    const id = created.json().doc.id
    expect((await call(path)).json().totalDocs).toBe(0)
    expect((await call(path)).headers['x-cache']).toBe('HIT')
    // Published through REST: the very next anonymous read has it.
    const publish = await call(`/api/provider-discounts/${id}`, { method: 'PATCH', headers: editor, body: JSON.stringify({ _status: 'published' }) })
    expect(publish.status).toBe(200)
    const next = await call(path)
    expect(next.headers['x-cache']).toBe('MISS')
    expect(next.json().totalDocs).toBe(1)
    expect((await call(path)).headers['x-cache']).toBe('HIT')
    // Unpublished: gone on the next read.
    await call(`/api/provider-discounts/${id}`, { method: 'PATCH', headers: editor, body: JSON.stringify({ _status: 'draft' }) })
    expect((await call(path)).json().totalDocs).toBe(0)

    // A related document changed through the Local API: the article's populated quote follows.
    expect((await call(articlePath)).headers['x-cache']).toMatch(/HIT|MISS/)
    const [quote] = (await payload.find({ collection: collectionSlugs.quotes, where: { slug: { equals: seedSlugs.quote } } })).docs
    await payload.update({ collection: collectionSlugs.quotes, id: quote.id, data: { context: 'Changed by the Local API.' } })
    expect((await call(articlePath)).json().docs[0].quote.context).toBe('Changed by the Local API.')
    // The global too.
    expect((await call('/api/globals/clinic-info')).json().name).toBe('ALT.')
    await payload.updateGlobal({ slug: 'clinic-info', data: { name: 'ALT. clinic' } })
    expect((await call('/api/globals/clinic-info')).json().name).toBe('ALT. clinic')
    await payload.updateGlobal({ slug: 'clinic-info', data: { name: 'ALT.' } })
  })

  test('the article’s jsonLd follows a renamed related service (built once per version, dropped on any change)', async () => {
    const names = async () => ((await call(articlePath)).json().docs[0].jsonLd.about as { name: string }[]).map((therapy) => therapy.name)
    const before = await names()
    const [service] = (await payload.find({ collection: collectionSlugs.services, where: { slug: { equals: seedSlugs.integration } } })).docs
    await payload.update({ collection: collectionSlugs.services, id: service.id, data: { name: `${service.name} (renamed)` }, context: { seeding: true } })
    // Read without the response cache too: the built jsonLd itself must not be kept.
    const uncached = await startAppServer(payload, { cache: false })
    try {
      const fresh = (await (await fetch(`${uncached.url}${articlePath}`)).json()).docs[0].jsonLd.about.map((therapy: { name: string }) => therapy.name)
      expect(fresh).toContain(`${service.name} (renamed)`)
      expect(await names()).toContain(`${service.name} (renamed)`)
      expect(before).toContain(service.name)
    } finally {
      await payload.update({ collection: collectionSlugs.services, id: service.id, data: { name: service.name }, context: { seeding: true } })
      await uncached.close()
    }
  })

  test('a provider discount is gone on the first request after its activeUntil', async () => {
    const until = new Date(Date.now() + 3000)
    await payload.create({
      collection: collectionSlugs.providerDiscounts,
      data: { title: 'Short offer', slug: 'short-offer', eligibility: 'Test', activeUntil: until.toISOString(), _status: 'published' },
    })
    const path = '/api/provider-discounts?where[slug][equals]=short-offer'
    expect((await call(path)).json().totalDocs).toBe(1)
    const cached = await call(path)
    expect(cached.headers['x-cache']).toBe('HIT')
    expect(cached.json().totalDocs).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, until.getTime() - Date.now() + 5))
    expect((await call(path)).json().totalDocs).toBe(0)
  })

  test('CONTENT_CACHE=off: nothing stored, answers still carry ETag and compression', async () => {
    const uncached = await startAppServer(payload, { cache: false })
    try {
      const get = () => fetch(`${uncached.url}${articlePath}`, { headers: { 'accept-encoding': 'br' } })
      const [first, second] = [await get(), await get()]
      expect([first.headers.get('x-cache'), second.headers.get('x-cache')]).toEqual(['BYPASS', 'BYPASS'])
      expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
      expect(first.headers.get('content-encoding')).toBe('br')
    } finally {
      await uncached.close()
    }
  })

  test('the cache stays within its byte budget', async () => {
    const small = await startAppServer(payload, { cacheMaxBytes: 64 * 1024 })
    try {
      // Twenty different URLs for the article (the limit differs), each answer several KB.
      for (let limit = 1; limit <= 20; limit++) expect((await fetch(`${small.url}${articlePath}&limit=${limit}`)).headers.get('x-cache')).toBe('MISS')
      expect(small.cache!.bytes).toBeGreaterThan(0)
      expect(small.cache!.bytes).toBeLessThanOrEqual(64 * 1024)
    } finally {
      await small.close()
    }
  })
})

describe('who is asking: decided by Payload, never by the cache', () => {
  const draftsPath = (tag: string) => `/api/articles?where[_status][equals]=draft&limit=2&k=${tag}`
  const draftTitle = 'Never-reviewed draft for the cache test'
  beforeAll(async () => {
    await payload.create({ collection: collectionSlugs.articles, data: { title: draftTitle, _status: 'draft' } as never, draft: true })
  })

  // Every shape of credential Payload reads (it trims cookie names), and schemes it does not read
  // but another strategy could: all bypass the cache, and nothing they see is served to anybody.
  const shapes: [string, (token: string) => Record<string, string>][] = [
    ['a cookie with a space before =', (token) => ({ cookie: `payload-token =${token}` })],
    ['a cookie with tabs around its name', (token) => ({ cookie: `\tpayload-token\t=${token}` })],
    ['a cookie among other cookies', (token) => ({ cookie: `_ga=1; payload-token =${token}; theme=dark` })],
    ['Authorization: JWT', (token) => ({ authorization: `JWT ${token}` })],
    ['Authorization: Bearer', (token) => ({ authorization: `Bearer ${token}` })],
    ['a lower-case jwt scheme', (token) => ({ authorization: `jwt ${token}` })],
    ['a lower-case bearer scheme', (token) => ({ authorization: `bearer ${token}` })],
  ]
  test.each(shapes)('%s: the staff answer is neither served from nor stored in the cache', async (shape, credentials) => {
    const path = draftsPath(shape.replace(/\W+/g, '-'))
    const staff = await call(path, { headers: credentials(tokens.editor) })
    expect(staff.status).toBe(200)
    expect(staff.headers['x-cache']).toBe('BYPASS')
    expect(staff.headers['cache-control']).toBe('private, no-store')
    for (let i = 0; i < 2; i++) {
      const anonymous = await call(path)
      expect(anonymous.headers['x-cache']).not.toBe('BYPASS')
      expect(anonymous.json().docs).toEqual([])
      expect(anonymous.body.toString()).not.toContain(draftTitle)
    }
  })

  test('Payload signs the editor in through the spaced cookie (so the bypass above matters)', async () => {
    const staff = await call(draftsPath('payload-reads-it'), { headers: { cookie: `payload-token =${tokens.editor}` } })
    expect(staff.json().docs.map((doc: { title: string }) => doc.title)).toContain(draftTitle)
  })

  test('cookies that are not Payload’s still get the cached public answer', async () => {
    const path = '/api/quotes?limit=1&k=analytics'
    const first = await call(path, { headers: { cookie: '_ga=GA1.2.3; theme=dark' } })
    const second = await call(path, { headers: { cookie: '_ga=GA1.2.4' } })
    expect([first.headers['x-cache'], second.headers['x-cache']]).toEqual(['MISS', 'HIT'])
  })

  test('a GraphQL query with the spaced cookie is not cached for anyone', async () => {
    const query = `{ Articles(draft: true, where: { title: { equals: "${draftTitle}" } }) { docs { title } } }`
    const staff = await postGraphQL(query, { cookie: `payload-token =${tokens.editor}` })
    expect(staff.headers['x-cache']).toBe('BYPASS')
    const anonymous = await postGraphQL(query)
    expect(anonymous.headers['x-cache']).not.toBe('HIT')
    expect(anonymous.body.toString()).not.toContain(draftTitle)
  })

  test('the Host header cannot choose what a URL answers: requests are routed on a fixed origin', async () => {
    const path = '/api/articles?limit=1&k=host'
    const poisoned = await call(path, { headers: { host: '127.0.0.1:3999/api/quotes?limit=1#' } })
    expect(poisoned.json().docs[0]).toHaveProperty('title')
    const plain = await call(path)
    expect(plain.json().docs[0]).toHaveProperty('title')
    expect(plain.json().docs[0]).not.toHaveProperty('attribution')
  })
})

describe('HTTP semantics of public reads', () => {
  test('a strong ETag, a 304 with no body on If-None-Match, and Cache-Control for browsers and CDNs', async () => {
    const first = await call(articlePath)
    const etag = first.headers.etag!
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(first.headers['cache-control']).toBe('public, max-age=0, s-maxage=30, stale-while-revalidate=30')
    const revalidated = await call(articlePath, { headers: { 'if-none-match': etag } })
    expect(revalidated.status).toBe(304)
    expect(revalidated.body.length).toBe(0)
    expect(revalidated.headers.etag).toBe(etag)
    expect((await call(articlePath, { headers: { 'if-none-match': '"something-else"' } })).status).toBe(200)
  })

  test('gzip and brotli per Accept-Encoding, same content, with Vary', async () => {
    const plain = await call(articlePath)
    const br = await call(articlePath, { headers: { 'accept-encoding': 'gzip, deflate, br' } })
    const gzip = await call(articlePath, { headers: { 'accept-encoding': 'gzip' } })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(br.headers['content-encoding']).toBe('br')
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true)
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true)
    expect(br.body.length).toBeLessThan(plain.body.length / 2)
    // Each encoding is its own representation with its own tag; any of them revalidates.
    expect(new Set([plain.headers.etag, br.headers.etag, gzip.headers.etag]).size).toBe(3)
    expect((await call(articlePath, { headers: { 'accept-encoding': 'br', 'if-none-match': gzip.headers.etag! } })).status).toBe(304)
    for (const answer of [plain, br, gzip]) expect(answer.headers.vary).toBe('Origin, Accept-Encoding')
  })

  test('HEAD has the headers and no body, cached or not', async () => {
    const head = await call(`${articlePath}&head=1`, { method: 'HEAD' })
    expect(head.headers['x-cache']).toBe('MISS')
    expect(head.body.length).toBe(0)
    expect((await call(`${articlePath}&head=1`)).headers['x-cache']).toBe('HIT')
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    expect(Number(head.headers['content-length'])).toBeGreaterThan(1000)
  })
})

describe('GraphQL', () => {
  test('anonymous queries are cached (POST and GET); mutations never are', async () => {
    const first = await postGraphQL(graphQLQuery)
    const second = await postGraphQL(graphQLQuery)
    expect([first.headers['x-cache'], second.headers['x-cache']]).toEqual(['MISS', 'HIT'])
    expect(second.json().data.Articles.docs[0].title).toBe('Understanding Ketamine')
    const get = `/api/graphql?query=${encodeURIComponent(graphQLQuery)}`
    const viaGet = [await call(get), await call(get)]
    expect(viaGet.map((answer) => answer.headers['x-cache'])).toEqual(['MISS', 'HIT'])
    expect(viaGet[1].json()).toEqual(second.json())
    expect(viaGet[1].headers.etag).toBeDefined()
    const mutation = await call(`/api/graphql?query=${encodeURIComponent('mutation { logoutUser }')}`)
    expect(mutation.status).toBe(405)
  })

  test('an anonymous mutation is answered by Payload and never cached', async () => {
    const formToken = formTokenFor(payload)
    const create = `mutation { createContactSubmission(data: { name: "GraphQL Test", email: "graphql@example.com", message: "Sent through GraphQL from a test.", inquiryType: general, consent: true, formToken: "${formToken}" }) { id } }`
    const first = await postGraphQL(create)
    expect(first.headers['x-cache']).toBe('BYPASS')
    expect(first.json().errors).toBeUndefined()
    const [submission] = (await payload.find({ collection: collectionSlugs.contactSubmissions, where: { email: { equals: 'graphql@example.com' } } })).docs
    expect(submission).toBeDefined()
  })

  test('signed-in GraphQL bypasses the cache', async () => {
    const staff = await postGraphQL(graphQLQuery, { authorization: `JWT ${tokens.editor}` })
    expect(staff.headers['x-cache']).toBe('BYPASS')
    expect(staff.headers['cache-control']).toBe('private, no-store')
    expect(staff.json().data.Articles.docs).toHaveLength(1)
  })
})

describe('CORS (CORS_ORIGINS)', () => {
  test('an allowed origin reads the public API, without credentials', async () => {
    const answer = await call(articlePath, { headers: { origin: site } })
    expect(answer.headers['access-control-allow-origin']).toBe(site)
    expect(answer.headers['access-control-allow-credentials']).toBeUndefined()
    expect(answer.headers.vary).toContain('Origin')
  })

  test('a refused origin gets no Access-Control-Allow-Origin', async () => {
    const answer = await call(articlePath, { headers: { origin: 'https://evil.example' } })
    expect(answer.status).toBe(200)
    expect(answer.headers['access-control-allow-origin']).toBeUndefined()
  })

  test('the intake: preflight and POST from an allowed origin; preflight from a refused one', async () => {
    const preflight = (origin: string) =>
      call('/api/contact-submissions', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      })
    const allowed = await preflight(site)
    expect(allowed.status).toBe(204)
    expect(allowed.headers['access-control-allow-origin']).toBe(site)
    expect(allowed.headers['access-control-allow-methods']).toContain('POST')
    expect(allowed.headers['access-control-allow-headers']?.toLowerCase()).toContain('content-type')
    expect(allowed.headers['access-control-allow-credentials']).toBeUndefined()
    const refused = await preflight('https://evil.example')
    expect(refused.headers['access-control-allow-origin']).toBeUndefined()

    const token = await call('/api/contact-submissions/form-token', { headers: { origin: site } })
    expect(token.headers['access-control-allow-origin']).toBe(site)
    const posted = await call('/api/contact-submissions', {
      method: 'POST',
      headers: { origin: site, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Cors Test', email: 'cors@example.com', message: 'Posted from the clinic site.', inquiryType: 'general', consent: true, formToken: token.json().formToken, website: '' }),
    })
    expect(posted.status).toBe(201)
    expect(posted.headers['access-control-allow-origin']).toBe(site)
  })

  test('a staff token cannot be sent cross-origin: Authorization is not an allowed header', async () => {
    const preflight = await call('/api/articles', {
      method: 'OPTIONS',
      headers: { origin: site, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    })
    expect(preflight.headers['access-control-allow-headers']?.toLowerCase()).not.toContain('authorization')
  })

  test('the admin and private routes get no CORS headers at all', async () => {
    const users = await call('/api/users/me', { headers: { origin: site } })
    expect(users.headers['access-control-allow-origin']).toBeUndefined()
  })
})
