import type { Payload } from 'payload'

import { nextRedirects } from '../../examples/nextRedirects'
import { paragraph, richText } from '../../seed/lexical'
import { startPayload } from '../helpers/api'
import { startAppServer } from '../helpers/appServer'
import { tokenFor } from '../helpers/users'

let payload: Payload
let server: Awaited<ReturnType<typeof startAppServer>>
const tokens = {} as Record<'admin' | 'editor' | 'reviewer' | 'manager', string>
let reviewerId: number | string

beforeAll(async () => {
  payload = await startPayload()
  tokens.admin = (await tokenFor(payload, 'admin')).token
  tokens.editor = (await tokenFor(payload, 'editor')).token
  tokens.manager = (await tokenFor(payload, 'manager')).token
  const reviewer = await tokenFor(payload, 'clinical-reviewer')
  tokens.reviewer = reviewer.token
  reviewerId = reviewer.user.id
  server = await startAppServer(payload)
})
afterAll(async () => {
  await server.close()
  await payload.destroy()
})

type Redirect = { from: string; to: string; status: number }

/** The redirect table the sitemap feed gives a frontend, as `from → to` lines. */
const table = async () => {
  const { body } = await server.rest('GET', '/sitemap')
  return (body.redirects as Redirect[]).map(({ from, to, status }) => `${from} → ${to} ${status}`)
}

/** A published provider discount (editors publish them), and a way to save it again. */
const discount = async (slug: string) => {
  const { body, status } = await server.rest('POST', '/provider-discounts', {
    token: tokens.editor,
    body: { title: `Offer ${slug}`, slug, eligibility: 'Nurses.', _status: 'published' },
  })
  expect(status).toBe(201)
  const id = body.doc.id
  return {
    id,
    publish: (changes: object) => server.rest('PATCH', `/provider-discounts/${id}`, { token: tokens.editor, body: { ...changes, _status: 'published' } }),
    saveDraft: (changes: object) => server.rest('PATCH', `/provider-discounts/${id}?draft=true`, { token: tokens.editor, body: changes }),
  }
}

describe('recorded when a published page’s slug changes', () => {
  test('the old address leads to the page at its new one', async () => {
    const offer = await discount('spring-offer')
    expect((await offer.publish({ slug: 'spring-offer-2027' })).status).toBe(200)
    expect(await table()).toContain('/provider-discounts/spring-offer → /provider-discounts/spring-offer-2027 308')
    const { body } = await server.rest('GET', '/redirects?where[from][equals]=/provider-discounts/spring-offer')
    expect(body.docs).toEqual([expect.objectContaining({ from: '/provider-discounts/spring-offer', type: '308', to: expect.objectContaining({ type: 'reference' }) })])
  })

  test('an article moved by its reviewer keeps its old address', async () => {
    const created = await server.rest('POST', '/articles', { token: tokens.editor, body: { title: 'Aftercare', slug: 'aftercare', body: richText([paragraph('After.')]) } })
    const id = created.body.doc.id
    const review = { reviewedBy: reviewerId, lastReviewedAt: new Date().toISOString(), _status: 'published' }
    expect((await server.rest('PATCH', `/articles/${id}`, { token: tokens.reviewer, body: review })).status).toBe(200)
    expect((await server.rest('PATCH', `/articles/${id}`, { token: tokens.reviewer, body: { ...review, slug: 'aftercare-sessions' } })).status).toBe(200)
    expect(await table()).toContain('/articles/aftercare → /articles/aftercare-sessions 308')
  })

  test('never for drafts: a draft’s new slug is no address until it is published', async () => {
    const offer = await discount('draft-offer')
    expect((await offer.saveDraft({ slug: 'draft-offer-renamed' })).status).toBe(200)
    expect((await table()).filter((line) => line.includes('draft-offer'))).toEqual([])
    // Published later, its last published address leads to it.
    expect((await offer.publish({})).status).toBe(200)
    expect((await table()).filter((line) => line.includes('draft-offer'))).toEqual(['/provider-discounts/draft-offer → /provider-discounts/draft-offer-renamed 308'])
  })

  test('a page never published records nothing', async () => {
    const { body } = await server.rest('POST', '/provider-discounts?draft=true', { token: tokens.editor, body: { title: 'Unseen', slug: 'unseen', eligibility: 'Nurses.' } })
    await server.rest('PATCH', `/provider-discounts/${body.doc.id}?draft=true`, { token: tokens.editor, body: { slug: 'unseen-2' } })
    await server.rest('PATCH', `/provider-discounts/${body.doc.id}`, { token: tokens.editor, body: { _status: 'published' } })
    expect((await table()).filter((line) => line.includes('unseen'))).toEqual([])
  })

  test('chains collapse: a → b, then b → c, and both old addresses lead to c', async () => {
    const offer = await discount('chain-a')
    await offer.publish({ slug: 'chain-b' })
    await offer.publish({ slug: 'chain-c' })
    expect((await table()).filter((line) => line.includes('chain-'))).toEqual([
      '/provider-discounts/chain-a → /provider-discounts/chain-c 308',
      '/provider-discounts/chain-b → /provider-discounts/chain-c 308',
    ])
  })

  test('moving back to an old address removes its redirect (it is live again), with no loop', async () => {
    const offer = await discount('back-a')
    await offer.publish({ slug: 'back-b' })
    await offer.publish({ slug: 'back-a' })
    expect((await table()).filter((line) => line.includes('back-'))).toEqual(['/provider-discounts/back-b → /provider-discounts/back-a 308'])
  })

  test('a redirect to a page taken down is left out of the feed until the page is back', async () => {
    const offer = await discount('paused-a')
    await offer.publish({ slug: 'paused-b' })
    await server.rest('PATCH', `/provider-discounts/${offer.id}`, { token: tokens.editor, body: { _status: 'draft' } })
    expect((await table()).filter((line) => line.includes('paused-'))).toEqual([])
    await offer.publish({})
    expect((await table()).filter((line) => line.includes('paused-'))).toEqual(['/provider-discounts/paused-a → /provider-discounts/paused-b 308'])
  })
})

describe('added by staff', () => {
  const manual = (from: string, url: string, token = tokens.editor) =>
    server.rest('POST', '/redirects', { token, body: { from, to: { type: 'custom', url }, type: '301' } })

  test('editors and admins add them; managers and anonymous callers may not', async () => {
    expect((await manual('/flyer-2026', '/services/integration-therapy')).status).toBe(201)
    expect((await manual('/flyer-2025', '/services/integration-therapy', tokens.admin)).status).toBe(201)
    expect((await manual('/flyer-2024', '/services/integration-therapy', tokens.manager)).status).toBe(403)
    expect((await server.rest('POST', '/redirects', { body: { from: '/flyer-2023', to: { type: 'custom', url: '/' } } })).status).toBe(403)
    expect(await table()).toEqual(expect.arrayContaining(['/flyer-2026 → /services/integration-therapy 301', '/flyer-2025 → /services/integration-therapy 301']))
  })

  test('addresses are stored one way: a leading slash added, a trailing one dropped', async () => {
    const { status, body } = await manual('newsletter/', 'https://www.alt.test/news')
    expect(status).toBe(201)
    expect(body.doc.from).toBe('/newsletter')
  })

  test('chains collapse: /x → /y, then /y → /z makes /x lead to /z; a new /w → /x leads to /z at once', async () => {
    await manual('/x', '/y')
    await manual('/y', '/z')
    await manual('/w', '/x')
    expect((await table()).filter((line) => /^\/[wxy] /.test(line))).toEqual(['/w → /z 301', '/x → /z 301', '/y → /z 301'])
  })

  test('loops are refused on the field that would close them', async () => {
    await manual('/loop-p', '/loop-q')
    const loop = await manual('/loop-q', '/loop-p')
    expect(loop.status).toBe(400)
    expect(loop.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'to.url', message: expect.stringContaining('loop') })])
    expect((await manual('/loop-r', '/loop-r')).status).toBe(400)
  })

  test('a redirect from a published page’s address is refused: it would hide the page', async () => {
    await discount('live-offer')
    const { status, body } = await manual('/provider-discounts/live-offer', '/')
    expect(status).toBe(400)
    expect(body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'from' })])
  })

  test('bad addresses are a 400 on their field, and nothing is written', async () => {
    for (const [from, url, path] of [
      ['/search?q=ketamine', '/', 'from'],
      ['https://elsewhere.example/a', '/', 'from'],
      ['/ok-from', 'javascript:alert(1)', 'to.url'],
      ['/ok-from', '//elsewhere.example', 'to.url'],
    ]) {
      const { status, body } = await manual(from, url)
      expect({ from, url, status, paths: body.errors[0].data?.errors.map((error: { path: string }) => error.path) }).toEqual({ from, url, status: 400, paths: [path] })
    }
    expect((await server.rest('GET', '/redirects?where[from][equals]=/ok-from')).body.totalDocs).toBe(0)
  })
})

describe('public reads', () => {
  test('docs/frontend.md’s Next.js redirects() example turns the table into Next’s entries', async () => {
    await server.rest('POST', '/redirects', { token: tokens.editor, body: { from: '/event:(2026)', to: { type: 'custom', url: '/services/integration-therapy' }, type: '302' } })
    const entries = await nextRedirects(server.url)
    expect(entries).toEqual(
      expect.arrayContaining([
        { source: '/provider-discounts/spring-offer', destination: '/provider-discounts/spring-offer-2027', statusCode: 308 },
        { source: '/event\\:\\(2026\\)', destination: '/services/integration-therapy', statusCode: 302 },
      ]),
    )
  })

  test('anyone reads them, cached by the front door and purged when one changes', async () => {
    const first = await fetch(`${server.url}/api/redirects?limit=100`)
    const again = await fetch(`${server.url}/api/redirects?limit=100`)
    expect([first.status, first.headers.get('x-cache'), again.headers.get('x-cache')]).toEqual([200, 'MISS', 'HIT'])
    const before = ((await again.json()) as { totalDocs: number }).totalDocs
    await server.rest('POST', '/redirects', { token: tokens.editor, body: { from: '/cached-check', to: { type: 'custom', url: '/' } } })
    const after = await fetch(`${server.url}/api/redirects?limit=100`)
    expect([after.headers.get('x-cache'), ((await after.json()) as { totalDocs: number }).totalDocs]).toEqual(['MISS', before + 1])
  })
})
