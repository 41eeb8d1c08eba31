import type { Payload } from 'payload'

import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import sharp from 'sharp'

import { s3ClientConfig } from '../../src/s3Client'
import { collectionSlugs } from '../../src/slugs'
import { rest, restResponse, startPayload } from '../helpers/api'
import { staffTokens } from '../helpers/users'

/**
 * Media on a real S3-compatible server (CI: versitygw from scripts/s3.sh, with S3_BUCKET and the
 * other S3_* set; tests/setup/env.ts gives this file a folder of its own in the bucket). Without
 * S3_BUCKET these are skipped: uploads then stay on local disk (tests/integration/media.test.ts).
 */
const onS3 = Boolean(process.env.S3_BUCKET)
const describeOnS3 = onS3 ? describe : (name: string, fn: () => void) => describe.skip(`${name} [skipped: S3_BUCKET is not set; CI runs it on versitygw, scripts/s3.sh]`, fn)

let payload: Payload
let tokens: Awaited<ReturnType<typeof staffTokens>>
let s3: S3Client

/** The object keys under this file's folder in the bucket. */
const storedKeys = async () => {
  const listed = await s3.send(new ListObjectsV2Command({ Bucket: process.env.S3_BUCKET, Prefix: `${process.env.S3_PREFIX}/` }))
  return (listed.Contents ?? []).map((object) => object.Key!.slice(`${process.env.S3_PREFIX}/`.length)).sort()
}

describeOnS3('media on S3', () => {
  beforeAll(async () => {
    payload = await startPayload()
    tokens = await staffTokens(payload)
    s3 = new S3Client(s3ClientConfig())
  })
  afterAll(async () => {
    s3?.destroy()
    await payload?.destroy()
  })

  test('an upload stores the file and every image size in the bucket, serves it, and a delete removes them all', async () => {
    const png = await sharp({ create: { width: 1800, height: 1200, channels: 3, background: '#7a9e7e' } }).png().toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'garden.png')
    form.append('_payload', JSON.stringify({ alt: 'A quiet garden' }))
    const created = await rest('POST', `/${collectionSlugs.media}`, { body: form, token: tokens.editor })
    expect(created.status).toBe(201)
    const doc = created.body.doc
    const sizes = Object.values(doc.sizes as Record<string, { filename: string }>).map((size) => size.filename)
    expect(sizes).toHaveLength(3)
    expect(await storedKeys()).toEqual([doc.filename, ...sizes].sort())

    // Served through Payload from the bucket (nothing is on this instance's disk).
    const served = await restResponse('GET', `/${collectionSlugs.media}/file/${doc.sizes.thumbnail.filename}`)
    expect(served.status).toBe(200)
    expect(await sharp(Buffer.from(await served.arrayBuffer())).metadata()).toMatchObject({ width: 400, height: 300, format: 'png' })

    const deleted = await rest('DELETE', `/${collectionSlugs.media}/${doc.id}`, { token: tokens.editor })
    expect(deleted.status).toBe(200)
    expect(await storedKeys()).toEqual([])
  })
})
