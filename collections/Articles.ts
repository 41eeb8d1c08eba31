import type { CollectionConfig } from 'payload'

import type { Article } from '../src/payload-types'

import { claimChecked, recordClaimOverride } from '../src/claims/claimCheck'
import { computeReadability, forReadersField, liveReadabilityField, readabilityChecked, readabilityField } from '../src/readability/readabilityCheck'
import { draftableContentAccess } from '../src/access/contentAccess'
import { deleteOwnDrafts, keepWhatWasPublished } from '../src/access/deleteOwnDrafts'
import { contentPolicy } from '../src/access/policy'
import { clinicalReviewTab } from '../src/fields/clinicalReview'
import { reviewRequestEndpoints } from '../src/endpoints/reviewRequest'
import { jsonLdField } from '../src/fields/jsonLd'
import { authorshipFields } from '../src/fields/authorship'
import { errorSummaryField } from '../src/fields/errorSummary'
import { reviewRequestField } from '../src/fields/reviewRequest'
import { scheduledChangesField } from '../src/fields/scheduledChanges'
import { versionHistoryField } from '../src/fields/versionHistory'
import { slug } from '../src/fields/slug'
import { computeReviewStatus } from '../src/hooks/computeReviewStatus'
import { publishedOnlyForAnonymous } from '../src/hooks/publishedOnlyForAnonymous'
import { requirePublishRole } from '../src/hooks/requirePublishRole'
import { articleJsonLd } from '../src/jsonLd/articleJsonLd'
import { collectionSlugs } from '../src/slugs'
import { collectionDrafts } from '../src/versions'

/** The visitor-facing text the readability check reads, on save and as staff type. */
const readabilitySources = [
  { path: 'title', label: 'Title' },
  { path: 'summary', label: 'Summary' },
  { path: 'body', label: 'Body' },
]

export const Articles: CollectionConfig = {
  slug: collectionSlugs.articles,
  labels: { singular: 'Article', plural: 'Articles' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', '_status', 'scheduledChanges', 'reviewStatus', 'reviewDueAt', 'publishedAt', 'updatedAt'],
    description:
      'Long-form educational articles about treatments. Write and save drafts freely; a clinical reviewer checks and publishes them. Only published versions are public.',
    group: 'Content',
  },
  // Medical content is published one document at a time, after its own review (no bulk Edit, Publish or Unpublish).
  disableBulkEdit: true,
  endpoints: reviewRequestEndpoints({ collection: collectionSlugs.articles }, contentPolicy[collectionSlugs.articles]),
  access: { ...draftableContentAccess(contentPolicy[collectionSlugs.articles]), delete: deleteOwnDrafts(contentPolicy[collectionSlugs.articles]) },
  hooks: {
    beforeOperation: [publishedOnlyForAnonymous],
    beforeDelete: [keepWhatWasPublished(contentPolicy[collectionSlugs.articles])],
    beforeChange: [
      requirePublishRole(contentPolicy[collectionSlugs.articles].publish),
      computeReviewStatus,
      recordClaimOverride(['title', 'summary', 'body']),
      computeReadability(readabilitySources, { forReaders: true }),
    ],
  },
  versions: collectionDrafts,
  defaultSort: '-updatedAt',
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Content',
          fields: [
            errorSummaryField(),
            claimChecked(readabilityChecked({ name: 'title', type: 'text', required: true, maxLength: 200, admin: { description: 'The headline readers see.' } })),
            claimChecked(
              readabilityChecked({
                name: 'summary',
                type: 'textarea',
                maxLength: 600,
                admin: { description: 'One or two sentences shown in lists and link previews.' },
              }),
            ),
            claimChecked(
              readabilityChecked(
                {
                  name: 'body',
                  type: 'richText',
                  required: true,
                  admin: {
                    description:
                      'The article. Use headings for sections. Avoid promises about results: publishing checks for risky claims, and the reading grade (see Readability).',
                  },
                },
                { reportsGrade: true },
              ),
            ),
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
              admin: { description: 'Treatments this article is about; they link back to it.' },
            },
            {
              name: 'quote',
              type: 'relationship',
              relationTo: collectionSlugs.quotes,
              admin: { description: 'A quote to show alongside the article.' },
            },
          ],
        },
        clinicalReviewTab(),
        { label: 'Readability', description: 'How easy the text is for patients to read, checked on every save.', fields: [readabilityField()] },
      ],
    },
    slug(),
    reviewRequestField(),
    liveReadabilityField(readabilitySources),
    forReadersField(),
    scheduledChangesField(),
    versionHistoryField(),
    ...authorshipFields(),
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Set on first publication. Change it only to correct the date shown to readers.',
      },
      hooks: {
        // First publication stamps the date; later edits keep it unless staff change it.
        beforeChange: [
          ({ siblingData, value }) =>
            value ?? (siblingData._status === 'published' ? new Date().toISOString() : value),
        ],
      },
    },
    jsonLdField<Article>({ collection: collectionSlugs.articles, requires: 'title' }, articleJsonLd),
  ],
}
