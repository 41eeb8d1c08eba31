import type { CollectionConfig } from 'payload'

import { slug } from '../src/fields/slug'

import { draftableContentAccess } from '../src/access/contentAccess'
import { contentPolicy } from '../src/access/policy'
import { publishedOnlyForAnonymous } from '../src/hooks/publishedOnlyForAnonymous'
import { requirePublishRole } from '../src/hooks/requirePublishRole'
import { collectionSlugs } from '../src/slugs'
import { collectionDrafts } from '../src/versions'

export const Services: CollectionConfig = {
  slug: collectionSlugs.services,
  labels: { singular: 'Service', plural: 'Services' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', '_status', 'updatedAt'],
    description: 'Treatments the clinic offers. Only published versions are public.',
  },
  access: draftableContentAccess(contentPolicy[collectionSlugs.services]),
  hooks: {
    beforeOperation: [publishedOnlyForAnonymous],
    beforeChange: [requirePublishRole(contentPolicy[collectionSlugs.services].publish)],
  },
  versions: collectionDrafts,
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    slug('name'),
    {
      name: 'summary',
      type: 'textarea',
      maxLength: 600,
      admin: { description: 'One or two sentences shown in lists and link previews.' },
    },
    { name: 'description', type: 'richText' },
    {
      name: 'course',
      type: 'group',
      admin: { description: 'How a course of this treatment is usually structured. Leave blank what is not settled.' },
      fields: [
        {
          name: 'typicalSessions',
          type: 'number',
          min: 1,
          max: 100,
          admin: { description: 'Usual number of sessions in one course.' },
        },
        {
          name: 'cadence',
          type: 'text',
          maxLength: 200,
          admin: { description: 'How sessions are spaced, e.g. "spaced over a few weeks".' },
        },
      ],
    },
    {
      name: 'conditions',
      type: 'text',
      hasMany: true,
      admin: { description: 'Conditions this service addresses, e.g. "depression". Press enter after each.' },
    },
    {
      name: 'relatedArticles',
      type: 'join',
      collection: collectionSlugs.articles,
      on: 'relatedServices',
      admin: { description: 'Articles that list this service as related (set on the article).' },
    },
  ],
}
