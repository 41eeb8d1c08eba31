import type { DateFieldValidation, Field, FieldAccess, RelationshipFieldSingleValidation, Tab, TextFieldSingleValidation } from 'payload'

import { fieldHasRole, isVerifiedUser, userHasRole } from '../access/roles'
import { collectionSlugs, globalSlugs } from '../slugs'
import { errorSummaryField } from './errorSummary'
import { selectOptions } from './selectOptions'

const reviewStatuses = ['awaiting-review', 'current', 'overdue'] as const

const reviewersOnly = fieldHasRole('admin', 'clinical-reviewer')
const staffOnly: FieldAccess = ({ req }) => isVerifiedUser(req.user)

/** Publishing (not saving a draft) needs the value; the seed's exemption is explained in docs/reviewers.md. */
const publishing = (data: unknown, req: { context: Record<string, unknown> }) =>
  (data as { _status?: unknown } | undefined)?._status === 'published' && !req.context.seeding

const validateReviewer: RelationshipFieldSingleValidation = async (value, { data, req }) => {
  if (!value) return publishing(data, req) ? 'Name the clinical reviewer who checked this before publishing.' : true
  const id = typeof value === 'object' && 'value' in value ? value.value : value
  const reviewer = await req.payload.findByID({ collection: req.payload.config.admin.user as never, id: id as never, depth: 0, overrideAccess: true, disableErrors: true, req })
  return userHasRole(reviewer, 'clinical-reviewer') ? true : 'The reviewer must be a staff member with the clinical-reviewer role.'
}

/**
 * The admin's day picker stores a day as 12:00 in the reviewer's time zone, so "today" is up to
 * 12 hours ahead of now (before noon anywhere); a later day is always more than that.
 */
const dayPickerLeadMs = 12 * 60 * 60 * 1000

const validateReviewDate: DateFieldValidation = (value, { data, req }) => {
  if (!value) return publishing(data, req) ? 'Enter the date of the clinical review before publishing.' : true
  return new Date(value).getTime() <= Date.now() + dayPickerLeadMs ? true : 'The review date cannot be in the future.'
}

const doiPattern = /^10\.\d{4,9}\/\S+$/

const validateCitationUrl: TextFieldSingleValidation = (value, { siblingData }) => {
  if (!value) return (siblingData as { doi?: unknown }).doi ? true : 'Give the source’s URL or its DOI.'
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol) ? true : 'Use a web address starting with https://.'
  } catch {
    return 'Use a full web address, e.g. https://pubmed.ncbi.nlm.nih.gov/…'
  }
}

const validateDoi: TextFieldSingleValidation = (value) =>
  !value || doiPattern.test(value) ? true : 'A DOI looks like 10.1176/appi.ajp.2018.17060720 (without https://doi.org/).'

/** The clinic-info disclaimer, as the starting text of a new article or service. */
const clinicDisclaimer = async ({ req }: { req: { payload: import('payload').Payload } }) => {
  const clinic = await req.payload.findGlobal({ slug: globalSlugs.clinicInfo, depth: 0, draft: false, overrideAccess: true })
  return clinic.medicalDisclaimer || undefined
}

const reviewFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'reviewedBy',
        label: 'Reviewed by',
        type: 'relationship',
        relationTo: collectionSlugs.users,
        filterOptions: { roles: { in: ['clinical-reviewer'] } },
        access: { create: reviewersOnly, update: reviewersOnly },
        validate: validateReviewer,
        admin: { description: 'The clinical reviewer who checked the medical content. Required to publish.' },
      },
      {
        name: 'lastReviewedAt',
        label: 'Last reviewed at',
        type: 'date',
        access: { create: reviewersOnly, update: reviewersOnly },
        validate: validateReviewDate,
        admin: { description: 'When they last checked it. Required to publish.', date: { pickerAppearance: 'dayOnly' } },
      },
      {
        name: 'reviewIntervalDays',
        type: 'number',
        defaultValue: 365,
        min: 1,
        max: 1825,
        admin: { description: 'Days until the next review is due. 365 = yearly.', step: 1 },
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'reviewDueAt',
        type: 'date',
        index: true,
        admin: { readOnly: true, description: 'Worked out from the review date and interval.' },
      },
      {
        name: 'reviewStatus',
        type: 'select',
        index: true,
        defaultValue: 'awaiting-review',
        options: selectOptions(reviewStatuses),
        admin: { readOnly: true, description: 'Overdue once the due date passes (checked every night).' },
      },
    ],
  },
  {
    name: 'citations',
    type: 'array',
    labels: { singular: 'Citation', plural: 'Citations' },
    admin: { description: 'Sources for the medical statements: a study, guideline or label. Give a URL or a DOI.', initCollapsed: true },
    fields: [
      { name: 'title', type: 'text', required: true, maxLength: 500, admin: { description: 'Title of the study, guideline or page.' } },
      {
        type: 'row',
        fields: [
          { name: 'url', type: 'text', maxLength: 2000, validate: validateCitationUrl, admin: { description: 'https://…' } },
          { name: 'doi', type: 'text', maxLength: 200, validate: validateDoi, admin: { description: 'e.g. 10.1176/appi.ajp.2018.17060720' } },
          { name: 'accessedAt', type: 'date', required: true, admin: { description: 'When the source was read.', date: { pickerAppearance: 'dayOnly' } } },
        ],
      },
    ],
  },
  {
    name: 'claimCheck',
    type: 'group',
    label: 'Claim check override',
    admin: {
      description:
        'Publishing is blocked while the text contains a risky claim (e.g. "cure", "guaranteed", "no side effects"). If a flagged phrase is accurate and appropriate in context, a clinical reviewer explains why here; the reason is kept with this version.',
    },
    access: { read: staffOnly },
    fields: [
      {
        name: 'overrideReason',
        type: 'textarea',
        maxLength: 2000,
        access: { create: reviewersOnly, update: reviewersOnly },
        admin: { description: 'Why the flagged wording is acceptable. Covers the phrases flagged now; new ones need this updated.' },
      },
      {
        name: 'overriddenPhrases',
        type: 'text',
        hasMany: true,
        admin: { readOnly: true, description: 'The flagged phrases the reason covers (filled in automatically).' },
      },
    ],
  },
  {
    name: 'medicalDisclaimer',
    type: 'textarea',
    maxLength: 2000,
    defaultValue: clinicDisclaimer,
    admin: { description: 'Shown with the content. Starts as the clinic-wide disclaimer from Clinic info; adjust if this page needs more.' },
  },
]

/**
 * The "Clinical review" tab of articles and services: who reviewed the medical content and
 * when, when the next review is due, sources, and the disclaimer. Reviewer and date can only
 * be set by clinical reviewers and admins, and are required to publish.
 */
export const clinicalReviewTab = (): Tab => ({
  label: 'Clinical review',
  description: 'A clinical reviewer checks the medical content before it is published, and again when the review falls due.',
  fields: [errorSummaryField('reviewErrorSummary'), ...reviewFields],
})
