import type { CollectionConfig } from 'payload'

import { slug } from '../src/fields/slug'
import { authorshipFields } from '../src/fields/authorship'
import { scheduledChangesField } from '../src/fields/scheduledChanges'
import { versionHistoryField } from '../src/fields/versionHistory'
import { computeReadability, liveReadabilityField, readabilityChecked, readabilityField } from '../src/readability/readabilityCheck'

import { activeOrStaff } from '../src/access/activeOrStaff'
import { draftableContentAccess } from '../src/access/contentAccess'
import { contentPolicy } from '../src/access/policy'
import { publishedOnlyForAnonymous } from '../src/hooks/publishedOnlyForAnonymous'
import { requirePublishRole } from '../src/hooks/requirePublishRole'
import { collectionSlugs } from '../src/slugs'
import { collectionDrafts } from '../src/versions'

/** The visitor-facing text the readability check reads, on save and as staff type. */
const readabilitySources = [{ path: 'terms', label: 'Terms' }]

export const ProviderDiscounts: CollectionConfig = {
  slug: collectionSlugs.providerDiscounts,
  labels: { singular: 'Provider discount', plural: 'Provider discounts' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', '_status', 'scheduledChanges', 'activeFrom', 'activeUntil', 'updatedAt'],
    description:
      'Discount terms for fellow providers. Editors publish them; the public sees published terms only while they are active. Leave the amount empty until it is decided.',
    group: 'Content',
  },
  access: { ...draftableContentAccess(contentPolicy[collectionSlugs.providerDiscounts]), read: activeOrStaff },
  hooks: {
    beforeOperation: [publishedOnlyForAnonymous],
    beforeChange: [requirePublishRole(contentPolicy[collectionSlugs.providerDiscounts].publish), computeReadability(readabilitySources)],
  },
  versions: collectionDrafts,
  defaultSort: '-updatedAt',
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, admin: { description: 'A short name for the offer, e.g. "Provider discounts".' } },
    slug(),
    liveReadabilityField(readabilitySources),
    scheduledChangesField(),
    versionHistoryField(),
    ...authorshipFields(),
    {
      name: 'eligibility',
      type: 'textarea',
      required: true,
      maxLength: 1000,
      admin: { description: 'Who can receive the discount.' },
    },
    readabilityChecked(
      { name: 'terms', type: 'richText', admin: { description: 'The offer in the clinic’s words: what is discounted and any conditions.' } },
      { reportsGrade: true },
    ),
    {
      name: 'amount',
      type: 'group',
      admin: { description: 'Optional: leave both empty when the amount is not published.' },
      fields: [
        {
          name: 'kind',
          type: 'select',
          admin: { description: 'A percentage or a fixed amount off.' },
          options: [
            { label: 'Percentage off', value: 'percentage' },
            { label: 'Fixed amount off', value: 'fixed' },
          ],
        },
        {
          name: 'value',
          type: 'number',
          min: 0,
          admin: { description: 'e.g. 15 for 15% or $15.' },
          validate: (value: unknown, { siblingData }: { siblingData: { kind?: unknown } }) => {
            if (value == null) return true
            if (!siblingData.kind) return 'Choose whether this is a percentage or a fixed amount.'
            if (siblingData.kind === 'percentage' && Number(value) > 100) return 'A percentage cannot exceed 100.'
            return typeof value === 'number' && value >= 0 ? true : 'Must be zero or more.'
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'activeFrom',
          type: 'date',
          index: true,
          admin: { description: 'When the offer starts. Empty: already active. The public sees it only while it is active.', date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'activeUntil',
          type: 'date',
          index: true,
          admin: { description: 'When the offer ends. Empty: until further notice.', date: { pickerAppearance: 'dayAndTime' } },
          validate: (value: unknown, { siblingData }: { siblingData: { activeFrom?: unknown } }) =>
            !value || !siblingData.activeFrom || new Date(String(value)) > new Date(String(siblingData.activeFrom))
              ? true
              : 'Must be after the start date.',
        },
      ],
    },
    {
      name: 'verification',
      type: 'textarea',
      maxLength: 1000,
      admin: { description: 'How staff check eligibility, e.g. a licence number.' },
    },
    readabilityField(),
  ],
}
