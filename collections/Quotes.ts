import type { CollectionConfig } from 'payload'

import type { Quote } from '../src/payload-types'

import { jsonLdField } from '../src/fields/jsonLd'
import { slug } from '../src/fields/slug'

import { publicContentAccess } from '../src/access/contentAccess'
import { contentPolicy } from '../src/access/policy'
import { quoteJsonLd } from '../src/jsonLd/quoteJsonLd'
import { collectionSlugs } from '../src/slugs'

export const Quotes: CollectionConfig = {
  slug: collectionSlugs.quotes,
  labels: { singular: 'Quote', plural: 'Quotes' },
  admin: {
    useAsTitle: 'text',
    defaultColumns: ['text', 'attribution', 'updatedAt'],
    description: 'Quotations shown on the site, always with the person they come from. Saving publishes: quotes have no drafts.',
    group: 'Content',
  },
  access: publicContentAccess(contentPolicy[collectionSlugs.quotes]),
  defaultSort: '-updatedAt',
  fields: [
    {
      name: 'text',
      type: 'textarea',
      required: true,
      maxLength: 1000,
      admin: { description: 'The words only, without quotation marks: the site adds them.' },
    },
    slug('attribution'),
    {
      name: 'attribution',
      type: 'text',
      required: true,
      maxLength: 200,
      admin: { description: 'Who said or wrote it, e.g. "Daniel J. Siegel".' },
    },
    {
      name: 'source',
      type: 'text',
      maxLength: 300,
      admin: { description: 'Optional: the book, talk or article it comes from.' },
    },
    {
      name: 'context',
      type: 'textarea',
      maxLength: 1000,
      admin: { description: 'Optional: why the clinic uses it, or where it appears.' },
    },
    jsonLdField<Quote>({ collection: collectionSlugs.quotes, requires: 'text' }, quoteJsonLd),
  ],
}
