import type { Payload } from 'payload'

import { paragraph, richText } from '../../seed/lexical'
import { seedClinicContent } from '../../seed/seed'
import { collectionSlugs, taskSlugs } from '../../src/slugs'
import { startPayload } from '../helpers/api'
import { startAppServer } from '../helpers/appServer'
import { staffTokens } from '../helpers/users'

let payload: Payload
let server: Awaited<ReturnType<typeof startAppServer>>
let tokens: Awaited<ReturnType<typeof staffTokens>>

beforeAll(async () => {
  payload = await startPayload()
  await seedClinicContent(payload)
  tokens = await staffTokens(payload)
  server = await startAppServer(payload)
})
afterAll(async () => {
  await server.close()
  await payload.destroy()
})

type Result = { type: string; title: string; slug: string | null; summary: string | null; path?: string; url?: string }

const search = async (query: string) => {
  const response = await fetch(`${server.url}/api/search?${query}`)
  return { status: response.status, body: (await response.json()) as { q: string; limit: number; docs: Result[]; errors?: { data: { errors: { path: string }[] } }[] }, cache: response.headers.get('x-cache') }
}
const titles = async (q: string) => (await search(`q=${encodeURIComponent(q)}`)).body.docs.map((doc) => `${doc.type}: ${doc.title}`)

const discount = async (slug: string, dates: { activeFrom?: string; activeUntil?: string }) => {
  const { status } = await server.rest('POST', '/provider-discounts', {
    token: tokens.editor,
    body: { title: `Quokka offer ${slug}`, slug, eligibility: 'Counsellors and nurses.', _status: 'published', ...dates },
  })
  expect(status).toBe(201)
}

describe('what visitors find', () => {
  test('by the words they know: “depression” finds the treatment for it, with what a result link needs', async () => {
    const { status, body } = await search('q=depression')
    expect(status).toBe(200)
    expect(body.docs.find((doc) => doc.slug === 'ketamine-assisted-psychotherapy')).toEqual({
      type: collectionSlugs.services,
      title: 'Ketamine-assisted psychotherapy',
      slug: 'ketamine-assisted-psychotherapy',
      summary: expect.any(String),
      path: '/services/ketamine-assisted-psychotherapy',
      url: 'https://www.alt.test/services/ketamine-assisted-psychotherapy',
    })
  })

  test('title matches come first: “integration” lists the service named so before pages and the quote that mention it', async () => {
    const found = await titles('integration')
    expect(found[0]).toBe('services: Integration therapy')
    expect(found).toEqual(expect.arrayContaining(['quotes: Daniel J. Siegel', 'articles: Understanding Ketamine']))
    expect(found.indexOf('quotes: Daniel J. Siegel')).toBeGreaterThan(0)
  })

  test('every word counts, in any order and any case; accents and punctuation are not in the way', async () => {
    expect((await titles('THERAPY integration'))[0]).toBe('services: Integration therapy')
    expect(await titles('integration, therapy!')).toEqual(await titles('therapy integration'))
    expect(await titles('integration zebra')).toEqual([])
  })

  test('“discount” finds the provider discount while it is active, and never before or after', async () => {
    expect(await titles('discount')).toEqual(['provider-discounts: Provider discounts'])
    await discount('future-discount', { activeFrom: new Date(Date.now() + 86_400_000).toISOString() })
    await discount('past-discount', { activeFrom: '2020-01-01T00:00:00.000Z', activeUntil: '2021-01-01T00:00:00.000Z' })
    expect(await titles('quokka')).toEqual([])
  })
})

describe('only what the public may see', () => {
  test('drafts are never indexed; a published page is found by its published words; unpublished, it is gone', async () => {
    const created = await server.rest('POST', '/provider-discounts?draft=true', { token: tokens.editor, body: { title: 'Zebrafish draft', slug: 'zebrafish', eligibility: 'Nurses.' } })
    const id = created.body.doc.id
    expect(await titles('zebrafish')).toEqual([])
    await server.rest('PATCH', `/provider-discounts/${id}`, { token: tokens.editor, body: { _status: 'published' } })
    expect(await titles('zebrafish')).toEqual(['provider-discounts: Zebrafish draft'])
    // A pending draft changes nothing the public finds.
    await server.rest('PATCH', `/provider-discounts/${id}?draft=true`, { token: tokens.editor, body: { title: 'Zebrafish renamed' } })
    expect(await titles('renamed')).toEqual([])
    expect(await titles('zebrafish')).toEqual(['provider-discounts: Zebrafish draft'])
    await server.rest('PATCH', `/provider-discounts/${id}`, { token: tokens.editor, body: { _status: 'draft' } })
    expect(await titles('zebrafish')).toEqual([])
  })

  test('a deleted page is removed from the index', async () => {
    const { body } = await server.rest('POST', '/quotes', { token: tokens.editor, body: { text: 'Walrus words.', attribution: 'A walrus' } })
    expect(await titles('walrus')).toEqual(['quotes: A walrus'])
    await server.rest('DELETE', `/quotes/${body.doc.id}`, { token: tokens.admin })
    expect(await titles('walrus')).toEqual([])
  })

  test('the index itself is for staff: anonymous callers get the search, not the raw index', async () => {
    const [entry] = (await payload.find({ collection: collectionSlugs.search, limit: 1 })).docs
    expect((await server.rest('GET', `/search/${entry.id}`)).status).toBe(403)
    expect((await server.rest('GET', `/search/${entry.id}`, { token: tokens.editor })).status).toBe(200)
  })

  test('prune-search-index removes discounts whose time is over from the index', async () => {
    await discount('ending-soon', { activeUntil: new Date(Date.now() + 1000).toISOString() })
    const indexed = () => payload.count({ collection: collectionSlugs.search, where: { slug: { equals: 'ending-soon' } } })
    expect((await indexed()).totalDocs).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    expect(await titles('ending')).toEqual([])
    const job = await payload.jobs.queue({ task: taskSlugs.pruneSearchIndex, input: {} })
    await payload.jobs.runByID({ id: job.id })
    expect((await indexed()).totalDocs).toBe(0)
  })
})

describe('bounded, and clear about bad queries', () => {
  test('at most 20 results (10 unless asked), the answer saying which', async () => {
    for (let i = 0; i < 25; i++) await payload.create({ collection: collectionSlugs.quotes, data: { text: `Aurora ${i}.`, attribution: `Aurora author ${i}` } as never })
    expect((await search('q=aurora')).body).toMatchObject({ limit: 10, docs: { length: 10 } })
    expect((await search('q=aurora&limit=50')).body).toMatchObject({ limit: 20, docs: { length: 20 } })
    expect((await search('q=aurora&limit=3')).body.docs).toHaveLength(3)
  })

  test.each([
    ['no q', 'limit=5', 'q'],
    ['an empty q', 'q=%20%20', 'q'],
    ['1,000 characters', `q=${'ketamine '.repeat(112)}`, 'q'],
    ['a limit that is no number', 'q=ketamine&limit=lots', 'limit'],
    ['a limit below 1', 'q=ketamine&limit=0', 'limit'],
  ])('%s is a 400 naming the parameter', async (_, query, path) => {
    const { status, body } = await search(query)
    expect(status).toBe(400)
    expect(body.errors?.[0].data.errors).toEqual([expect.objectContaining({ path })])
  })

  test.each([['%'], ['_'], ['%%%'], ['*'], ["' OR 1=1 --"], ['\\'], ['"'], ['$where'], ['.*'], ['(((']])('odd characters (%s) are an answer, never a 5xx', async (q) => {
    const { status, body } = await search(`q=${encodeURIComponent(q)}`)
    expect(status).toBe(200)
    // Without letters or digits there is nothing to look for; `or`/`1` are plain words.
    expect(body.docs.every((doc) => typeof doc.title === 'string')).toBe(true)
  })
})

test('answers are cached like every public read, and a change is searchable at once', async () => {
  const first = await search('q=kestrel')
  const again = await search('q=kestrel')
  expect([first.cache, again.cache, again.body.docs.length]).toEqual(['MISS', 'HIT', 0])
  await server.rest('POST', '/quotes', { token: tokens.editor, body: { text: 'A kestrel hovers.', attribution: 'Birdwatcher' } })
  const after = await search('q=kestrel')
  expect([after.cache, after.body.docs.map((doc) => doc.title)]).toEqual(['MISS', ['Birdwatcher']])
})
