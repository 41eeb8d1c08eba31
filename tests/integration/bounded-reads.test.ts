import type { Payload } from 'payload'

import { seedClinicContent } from '../../seed/seed'
import { defaultPublicReadBounds } from '../../src/publicReads/boundAnonymousReads'
import { collectionSlugs } from '../../src/slugs'
import { graphql, rest, startPayload } from '../helpers/api'
import { documentedGraphQLQuery } from '../helpers/docs'
import { staffTokens } from '../helpers/users'

const { maxLimit } = defaultPublicReadBounds
let payload: Payload
let tokens: Awaited<ReturnType<typeof staffTokens>>
let total: number

beforeAll(async () => {
  payload = await startPayload()
  await seedClinicContent(payload)
  tokens = await staffTokens(payload)
  // More published quotes than one anonymous answer may hold.
  for (let i = 0; i < maxLimit + 5; i++) {
    await payload.create({ collection: collectionSlugs.quotes, data: { text: `Bounded quote ${i}`, attribution: `Test ${i}`, slug: `bounded-${i}` } })
  }
  total = (await payload.count({ collection: collectionSlugs.quotes })).totalDocs
})
afterAll(async () => {
  await payload.destroy()
})

describe('anonymous REST lists are capped at 100 and say so', () => {
  test.each(['limit=0', 'pagination=false', 'limit=100000', 'limit=0&pagination=false'])('?%s', async (query) => {
    const res = await rest('GET', `/quotes?${query}&depth=0`)
    expect(res.status).toBe(200)
    expect(res.body.docs).toHaveLength(maxLimit)
    expect(res.body).toMatchObject({ limit: maxLimit, totalDocs: total, hasNextPage: true })
  })

  test('a limit under the cap and the default page size are untouched', async () => {
    expect((await rest('GET', '/quotes?limit=7')).body).toMatchObject({ limit: 7, docs: expect.any(Array) })
    expect((await rest('GET', '/quotes?limit=7')).body.docs).toHaveLength(7)
    expect((await rest('GET', '/quotes')).body.limit).toBe(10)
  })

  test('the next page is there: nothing is hidden, only paged', async () => {
    const res = await rest('GET', '/quotes?limit=0&page=2&depth=0')
    expect(res.body.docs).toHaveLength(total - maxLimit)
  })
})

test('staff keep unbounded lists and deep reads (the admin needs them)', async () => {
  const all = await rest('GET', '/quotes?pagination=false&depth=0', { token: tokens.editor })
  expect(all.body.docs).toHaveLength(total)
  const big = await rest('GET', '/quotes?limit=1000&depth=0', { token: tokens.editor })
  expect(big.body.limit).toBe(1000)
})

test('the Local API is not bounded (seed, jobs)', async () => {
  const all = await payload.find({ collection: collectionSlugs.quotes, pagination: false, overrideAccess: false, user: null, depth: 0 })
  // An anonymous Local API read with overrideAccess: false is an API read too, so bounded…
  expect(all.docs).toHaveLength(maxLimit)
  // …while the server's own reads are not.
  expect((await payload.find({ collection: collectionSlugs.quotes, pagination: false, depth: 0 })).docs).toHaveLength(total)
})

describe('GraphQL', () => {
  test('anonymous limit 0 and pagination: false get the cap, and `limit` says so', async () => {
    for (const args of ['limit: 0', 'pagination: false', 'limit: 5000']) {
      const res = await graphql(`{ Quotes(${args}) { docs { id } limit totalDocs } }`)
      expect(res.body.errors).toBeUndefined()
      expect(res.body.data.Quotes).toMatchObject({ limit: maxLimit, totalDocs: total })
      expect(res.body.data.Quotes.docs).toHaveLength(maxLimit)
    }
  })

  test('staff are not capped', async () => {
    const res = await graphql('{ Quotes(pagination: false) { docs { id } } }', { token: tokens.editor })
    expect(res.body.data.Quotes.docs).toHaveLength(total)
  })

  // Collection, docs, three relationships, a group, the field: seven levels are allowed.
  const nested = (hops: number) => {
    let selection = 'slug'
    for (let i = hops; i > 0; i--) selection = i % 2 === 1 ? `relatedServices { slug ${selection} }` : `relatedArticles { docs { slug ${selection} } }`
    return `{ Articles { docs { ${selection} } } }`
  }

  test('the GraphQL query in docs/frontend.md passes; relationships nested past the depth limit are refused with a clear error', async () => {
    const documented = await graphql(documentedGraphQLQuery())
    expect(documented.body.errors).toBeUndefined()
    const deep = await graphql(nested(8))
    expect(deep.body.errors[0].message).toMatch(/depth limit of \d+ exceeded/i)
    expect(deep.body.data).toBeUndefined()
  })

  test('staff get a deeper limit', async () => {
    const deep = nested(4)
    expect((await graphql(deep)).body.errors?.[0].message).toMatch(/depth limit/i)
    const staff = await graphql(deep, { token: tokens.editor })
    expect(staff.body.errors).toBeUndefined()
  })
})
