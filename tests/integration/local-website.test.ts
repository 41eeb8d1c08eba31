import type { Payload } from 'payload'

import { localWebhookSecret } from '../../examples/website/lib/settings'
import { applyLocalWebsiteDefaults, localWebsite } from '../../src/env'
import { ensureLocalWebhook } from '../../src/server/localWebhook'
import { collectionSlugs } from '../../src/slugs'
import { startPayload } from '../helpers/api'

const names = ['PREVIEW_URL', 'SITE_URL', 'CORS_ORIGINS', 'WEBHOOK_ALLOWED_ORIGINS'] as const
const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]))
const restoreEnv = () => {
  for (const name of names) if (saved[name] === undefined) delete process.env[name]
  else process.env[name] = saved[name]
}

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  restoreEnv()
  await payload.destroy()
})
afterEach(restoreEnv)

test('outside production, the local website’s origin is the default of each setting it needs; one that is set, even empty, is kept', () => {
  for (const name of names) delete process.env[name]
  process.env.CORS_ORIGINS = ''
  expect(applyLocalWebsiteDefaults(false)).toBe(true)
  expect(names.map((name) => process.env[name])).toEqual([localWebsite.origin, localWebsite.origin, '', localWebsite.origin])
})

test('in production nothing is assumed', () => {
  for (const name of names) delete process.env[name]
  expect(applyLocalWebsiteDefaults(true)).toBe(false)
  expect(names.map((name) => process.env[name])).toEqual([undefined, undefined, undefined, undefined])
})

test('npm start adds one webhook for the local website, signed with the secret the website uses in development', async () => {
  process.env.WEBHOOK_ALLOWED_ORIGINS = localWebsite.origin
  await ensureLocalWebhook(payload)
  await ensureLocalWebhook(payload)
  const { docs } = await payload.find({ collection: collectionSlugs.webhooks, where: { url: { equals: `${localWebsite.origin}/api/revalidate` } }, showHiddenFields: true, overrideAccess: true })
  expect(docs).toHaveLength(1)
  expect(docs[0]).toMatchObject({ active: true, events: ['publish', 'unpublish', 'update', 'delete'] })
  expect(docs[0].secret).toBe(localWebhookSecret)
})
