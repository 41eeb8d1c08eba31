import type { S3ClientConfig } from '@aws-sdk/client-s3'

/**
 * The S3 client settings from the environment (see mediaStorage in src/storage.ts): a module of
 * its own, free of Payload, so code that only talks to the bucket (the readiness probe, the test
 * setup that creates the bucket) does not load Payload with it.
 */
export const s3ClientConfig = (env: Record<string, string | undefined> = process.env): S3ClientConfig => ({
  endpoint: env.S3_ENDPOINT || undefined,
  region: env.S3_REGION || 'us-east-1',
  forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
  credentials: env.S3_ACCESS_KEY_ID ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? '' } : undefined,
})
