import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * One temporary folder per test run; each test file makes its own inside (tests/setup/env.ts).
 * With S3_BUCKET set (the media tests on S3), the bucket is created if it does not exist yet.
 */
export default async () => {
  process.env.ALT_TEST_ROOT = mkdtempSync(path.join(tmpdir(), 'alt-tests-'))
  if (process.env.S3_BUCKET) {
    const { CreateBucketCommand, S3Client } = await import('@aws-sdk/client-s3')
    const { s3ClientConfig } = await import('../../src/s3Client')
    const client = new S3Client(s3ClientConfig())
    await client.send(new CreateBucketCommand({ Bucket: process.env.S3_BUCKET })).catch((error: Error) => {
      if (!/BucketAlready(OwnedByYou|Exists)/.test(error.name)) throw error
    })
    client.destroy()
  }
}
