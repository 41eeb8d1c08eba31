import type { CollectionConfig } from 'payload'

import { slug } from '../src/fields/slug'

import { draftableContentAccess } from '../src/access/contentAccess'
import { contentPolicy } from '../src/access/policy'
import { publishedOnlyForAnonymous } from '../src/hooks/publishedOnlyForAnonymous'
import { requirePublishRole } from '../src/hooks/requirePublishRole'
import { collectionSlugs } from '../src/slugs'
import { collectionDrafts } from '../src/versions'

export const Articles: CollectionConfig = {
  slug: collectionSlugs.articles,
  labels: { singular: 'Article', plural: 'Articles' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'publishedAt', 'updatedAt'],
    description: 'Long-form educational articles. Only published versions are public.',
  },
  access: draftableContentAccess(contentPolicy[collectionSlugs.articles]),
  hooks: {
    beforeOperation: [publishedOnlyForAnonymous],
    beforeChange: [requirePublishRole(contentPolicy[collectionSlugs.articles].publish)],
  },
  versions: collectionDrafts,
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    slug(),
    {
      name: 'summary',
      type: 'textarea',
      maxLength: 600,
      admin: { description: 'One or two sentences shown in lists and link previews.' },
    },
    { name: 'body', type: 'richText', required: true },
    {
      name: 'topics',
      type: 'text',
      hasMany: true,
      admin: { description: 'Tags such as "ketamine" or "integration". Press enter after each.' },
    },
    {
      name: 'relatedServices',
      type: 'relationship',
      relationTo: collectionSlugs.services,
      hasMany: true,
    },
    {
      name: 'quote',
      type: 'relationship',
      relationTo: collectionSlugs.quotes,
      admin: { description: 'A quote to show alongside the article.' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      hooks: {
        // First publication stamps the date; later edits keep it unless staff change it.
        beforeChange: [
          ({ siblingData, value }) =>
            value ?? (siblingData._status === 'published' ? new Date().toISOString() : value),
        ],
      },
    },
  ],
}
