import type { CollectionConfig } from 'payload'

import path from 'node:path'

import { publicContentAccess } from '../src/access/contentAccess'
import { contentPolicy } from '../src/access/policy'
import { collectionSlugs } from '../src/slugs'

export const Media: CollectionConfig = {
  slug: collectionSlugs.media,
  labels: { singular: 'Media', plural: 'Media' },
  admin: {
    description: 'Images and files used on the site. Every image needs alt text.',
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'updatedAt'],
  },
  access: publicContentAccess(contentPolicy[collectionSlugs.media]),
  upload: {
    staticDir: path.resolve(process.env.MEDIA_DIR ?? 'data/media'),
    mimeTypes: ['image/*', 'application/pdf'],
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 768 },
      { name: 'wide', width: 1600 },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      maxLength: 300,
      admin: { description: 'Describe the image for people who cannot see it.' },
    },
  ],
}
