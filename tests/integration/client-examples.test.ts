import type { Payload } from 'payload'

import { fetchArticle } from '../../examples/fetchArticle'
import { openapiFetchArticle } from '../../examples/openapiFetchArticle'
import { sdkArticle } from '../../examples/sdkArticle'
import { seedClinicContent } from '../../seed/seed'
import { startPayload } from '../helpers/api'
import { startAppServer } from '../helpers/appServer'

let payload: Payload
let server: Awaited<ReturnType<typeof startAppServer>>

beforeAll(async () => {
  payload = await startPayload()
  await seedClinicContent(payload)
  server = await startAppServer(payload)
})
afterAll(async () => {
  await server.close()
  await payload.destroy()
})

test('docs/frontend.md’s fetch + payload-types example gets the seeded article by slug from a running server', async () => {
  const article = await fetchArticle(server.url, 'understanding-ketamine')
  expect(article?.title).toBe('Understanding Ketamine')
  expect(article?._status).toBe('published')
  // depth=1: the related quote comes filled in, typed as Quote | id.
  expect(typeof article?.quote === 'object' && article.quote?.attribution).toBe('Daniel J. Siegel')
  expect(await fetchArticle(server.url, 'no-such-article')).toBeUndefined()
})

test('docs/frontend.md’s @payloadcms/sdk example gets the seeded article by slug from a running server', async () => {
  const article = await sdkArticle(server.url, 'understanding-ketamine')
  expect(article?.title).toBe('Understanding Ketamine')
  expect(typeof article?.quote === 'object' && article.quote?.attribution).toBe('Daniel J. Siegel')
  expect(await sdkArticle(server.url, 'no-such-article')).toBeUndefined()
})

test('docs/frontend.md’s openapi-typescript + openapi-fetch example sends the nested filter and gets the seeded article by slug', async () => {
  const article = await openapiFetchArticle(server.url, 'understanding-ketamine')
  expect(article?.title).toBe('Understanding Ketamine')
  expect(typeof article?.quote === 'object' && article.quote?.attribution).toBe('Daniel J. Siegel')
  // Without its query serializer the filter would not reach Payload, and any article would do.
  expect(await openapiFetchArticle(server.url, 'no-such-article')).toBeUndefined()
})
