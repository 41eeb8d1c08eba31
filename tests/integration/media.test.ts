import type { Payload } from 'payload'

import sharp from 'sharp'

import { collectionSlugs } from '../../src/slugs'
import { rest, startPayload } from '../helpers/api'
import { staffTokens } from '../helpers/users'

let payload: Payload
let tokens: Awaited<ReturnType<typeof staffTokens>>
let png: Buffer

beforeAll(async () => {
  payload = await startPayload()
  tokens = await staffTokens(payload)
  png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#7a9e7e' } }).png().toBuffer()
})
afterAll(async () => {
  await payload.destroy()
})

const upload = (fields: Record<string, string>, token?: string) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'calm.png')
  form.append('_payload', JSON.stringify(fields))
  return rest('POST', `/${collectionSlugs.media}`, { body: form, token })
}

test('an editor uploads an image with alt text; sharp makes the smaller sizes', async () => {
  const res = await upload({ alt: 'A calm green square' }, tokens.editor)
  expect(res.status).toBe(201)
  expect(res.body.doc).toMatchObject({ alt: 'A calm green square', width: 1200, height: 800, mimeType: 'image/png' })
  expect(res.body.doc.sizes.thumbnail).toMatchObject({ width: 400, height: 300 })
  expect(res.body.doc.sizes.card).toMatchObject({ width: 768, height: 512 })
})

test('alt text is required', async () => {
  const res = await upload({}, tokens.editor)
  expect(res.status).toBe(400)
  expect(res.body.errors[0].data.errors.map((error: { path: string }) => error.path)).toEqual(['alt'])
})

test('anonymous callers and managers cannot upload', async () => {
  expect((await upload({ alt: 'x' })).status).toBe(403)
  expect((await upload({ alt: 'x' }, tokens.manager)).status).toBe(403)
})
