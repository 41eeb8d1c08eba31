import type { Field, Plugin } from 'payload'

import { s3Storage } from '@payloadcms/storage-s3'

import { s3ClientConfig } from './s3Client'
import { collectionSlugs } from './slugs'

/**
 * Media files on S3 (or any S3-compatible server) through @payloadcms/storage-s3 when
 * `S3_BUCKET` is set, with `S3_ENDPOINT` (unset: AWS), `S3_REGION` (`us-east-1`),
 * `S3_ACCESS_KEY_ID`, `S3_SECRET_ACCESS_KEY` (unset: the SDK's usual sources, e.g. an instance
 * role), `S3_FORCE_PATH_STYLE` (`true` for MinIO, SeaweedFS, versitygw) and `S3_PREFIX` (a folder
 * in the bucket, e.g. to share one between staging and production). Every image size goes
 * there too, and files are still served through Payload (`/api/media/file/…`) with its access
 * control, so any instance serves what another uploaded. Otherwise uploads stay on local disk.
 *
 * The plugin's columns (`prefix`, the object keys) exist either way (`alwaysInsertFields`), so
 * one set of migrations fits both.
 */
/** The fields @payloadcms/storage-s3 adds to the media collection. */
const storageFields = ['prefix', '_objectKey']

export const mediaStorage =
  (env: Record<string, string | undefined> = process.env): Plugin =>
  async (config) => {
    const stored = await s3Storage({
      enabled: Boolean(env.S3_BUCKET),
      alwaysInsertFields: true,
      collections: { [collectionSlugs.media]: env.S3_PREFIX ? { prefix: env.S3_PREFIX } : true },
      bucket: env.S3_BUCKET ?? '',
      config: s3ClientConfig(env),
    })(config)
    // Where a file sits in the bucket is storage bookkeeping: staff never see it in the admin.
    const hidden = (field: Field): Field => ('name' in field && storageFields.includes(field.name) ? ({ ...field, admin: { ...field.admin, hidden: true } } as Field) : field)
    return {
      ...stored,
      collections: stored.collections?.map((collection) => (collection.slug === collectionSlugs.media ? { ...collection, fields: collection.fields.map(hidden) } : collection)),
    }
  }
