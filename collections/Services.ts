import type { CollectionConfig } from 'payload'

import type { Service } from '../src/payload-types'

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
import { serviceJsonLd } from '../src/jsonLd/serviceJsonLd'
import { collectionSlugs } from '../src/slugs'
import { collectionDrafts } from '../src/versions'

/** The visitor-facing text the readability check reads, on save and as staff type. */
const readabilitySources = [
  { path: 'summary', label: 'Summary' },
  { path: 'description', label: 'Description' },
]

export const Services: CollectionConfig = {
  slug: collectionSlugs.services,
  labels: { singular: 'Service', plural: 'Services' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', '_status', 'scheduledChanges', 'reviewStatus', 'reviewDueAt', 'updatedAt'],
    description:
      'Treatments the clinic offers. Write and save drafts freely; a clinical reviewer checks and publishes them. Only published versions are public.',
    group: 'Content',
  },
  // Medical content is published one document at a time, after its own review (no bulk Edit, Publish or Unpublish).
  disableBulkEdit: true,
  endpoints: reviewRequestEndpoints({ collection: collectionSlugs.services }, contentPolicy[collectionSlugs.services]),
  access: { ...draftableContentAccess(contentPolicy[collectionSlugs.services]), delete: deleteOwnDrafts(contentPolicy[collectionSlugs.services]) },
  hooks: {
    beforeOperation: [publishedOnlyForAnonymous],
    beforeDelete: [keepWhatWasPublished(contentPolicy[collectionSlugs.services])],
    beforeChange: [
      requirePublishRole(contentPolicy[collectionSlugs.services].publish),
      computeReviewStatus,
      recordClaimOverride(['name', 'summary', 'description']),
      computeReadability(readabilitySources, { forReaders: true }),
    ],
  },
  versions: collectionDrafts,
  defaultSort: 'name',
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Content',
          fields: [
            errorSummaryField(),
            claimChecked({ name: 'name', type: 'text', required: true, maxLength: 200, admin: { description: 'The treatment’s name as patients see it.' } }),
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
                  name: 'description',
                  type: 'richText',
                  admin: {
                    description:
                      'What the treatment is and how it works. Avoid promises about results: publishing checks for risky claims, and the reading grade (see Readability).',
                  },
                },
                { reportsGrade: true },
              ),
            ),
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
        },
        clinicalReviewTab(),
        { label: 'Readability', description: 'How easy the text is for patients to read, checked on every save.', fields: [readabilityField()] },
      ],
    },
    slug('name'),
    reviewRequestField(),
    liveReadabilityField(readabilitySources),
    forReadersField(),
    scheduledChangesField(),
    versionHistoryField(),
    ...authorshipFields(),
    jsonLdField<Service>({ collection: collectionSlugs.services, requires: 'name' }, serviceJsonLd),
  ],
}
