import type { CollectionConfig } from 'payload'

import type { IntakeSettings } from '../../src/intake/settings'
import type { RateLimiter } from '../../src/rateLimit/rateLimiter'

import { anyone, fieldHasRole, submissionReviewers } from '../../src/access/roles'
import { contactIntake } from '../../src/endpoints/contactIntake'
import { exportContactSubmissions } from '../../src/endpoints/exportContactSubmissions'
import { formToken } from '../../src/endpoints/formToken'
import { selectOptions } from '../../src/fields/selectOptions'
import { collectionSlugs } from '../../src/slugs'
import { contactMethods, inquiryTypes, limits, spamReasons, submissionStatuses } from '../../src/validation/contactSubmission'
import { auditChanges } from './hooks/auditChanges'
import { auditDeletes } from './hooks/auditDeletes'
import { auditReads } from './hooks/auditReads'
import { appendNote } from './hooks/appendNote'
import { keepWhatWasSent } from './hooks/keepWhatWasSent'
import { limitIntakeRate } from './hooks/limitIntakeRate'
import { screenForSpam } from './hooks/screenForSpam'
import { stampRespondedAt } from './hooks/stampRespondedAt'
import { validateInput } from './hooks/validateInput'
import { validateStatusChange } from './validateStatusChange'
import { client } from '../../src/packageEntries'

const reviewersOnly = fieldHasRole('admin', 'manager')
const nobody = () => false

/**
 * What the sender wrote: anyone may send it, only reviewers read it (create answers included),
 * and nobody changes it once stored (keepWhatWasSent answers an attempt with a 400; without
 * update access the admin shows these fields read-only).
 */
const fromSender = { read: reviewersOnly, update: nobody }
/** Set by the collection's hooks, never by a caller. */
const managed = { read: reviewersOnly, update: nobody }

/**
 * Messages from prospective patients and fellow providers. Anyone may send one (through the
 * zod schema, the spam screen and the rate limit); only managers and admins can read or work
 * them, since they hold contact details. Every read and change by a person is audited.
 */
export const contactSubmissions = (
  settings: IntakeSettings,
  limiter: RateLimiter | false,
): CollectionConfig => ({
  slug: collectionSlugs.contactSubmissions,
  labels: { singular: 'Contact submission', plural: 'Contact submissions' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'status', 'inquiryType', 'createdAt', 'assignedTo'],
    listSearchableFields: ['name', 'email'],
    description: 'Messages sent through the contact form. Visible to managers and admins only; every time one is opened, listed or exported, the audit log records who did it.',
    group: 'Intake',
    components: { beforeListTable: [`${client}#ExportCsvButton`] },
  },
  access: {
    create: anyone,
    read: submissionReviewers,
    update: submissionReviewers,
    delete: submissionReviewers,
  },
  defaultSort: '-createdAt',
  // A copy of a patient's message is never what anyone wants, and would skip the intake's checks.
  disableDuplicate: true,
  endpoints: [contactIntake(settings.maxBodyBytes), formToken(settings.formTokenMaxAgeHours), exportContactSubmissions],
  hooks: {
    beforeOperation: [...(limiter ? [limitIntakeRate(limiter)] : []), validateInput, keepWhatWasSent, screenForSpam(settings)],
    beforeChange: [stampRespondedAt, appendNote],
    afterChange: [auditChanges],
    afterDelete: [auditDeletes],
    afterOperation: [auditReads],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: limits.name, access: fromSender },
    { name: 'email', type: 'email', required: true, access: fromSender },
    { name: 'phone', type: 'text', maxLength: limits.phone, access: fromSender },
    { name: 'message', type: 'textarea', required: true, maxLength: limits.message, access: fromSender },
    {
      name: 'inquiryType',
      type: 'select',
      required: true,
      options: selectOptions(inquiryTypes),
      index: true,
      access: fromSender,
    },
    {
      name: 'preferredContactMethod',
      type: 'select',
      defaultValue: 'email',
      options: selectOptions(contactMethods),
      access: fromSender,
    },
    {
      name: 'consent',
      type: 'checkbox',
      required: true,
      label: 'Agreed that the clinic may store this message and reply to it',
      access: fromSender,
    },
    // Not stored. The honeypot: a frontend renders it hidden from people (see docs/frontend.md), so a
    // value means a bot filled in every field it found.
    { name: 'website', type: 'text', virtual: true, access: { read: nobody }, admin: { hidden: true } },
    // Not stored. From GET /api/contact-submissions/form-token: proves when the form was shown.
    { name: 'formToken', type: 'text', virtual: true, access: { read: nobody }, admin: { hidden: true } },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'new',
      index: true,
      options: selectOptions(submissionStatuses),
      validate: validateStatusChange,
      access: { read: reviewersOnly, update: reviewersOnly },
      admin: {
        position: 'sidebar',
        description: 'New → In progress → Responded → Closed. Anything can be marked Spam; Spam can go back to New.',
      },
    },
    {
      name: 'assignedTo',
      type: 'relationship',
      relationTo: collectionSlugs.users,
      filterOptions: { roles: { in: ['manager'] } },
      access: { read: reviewersOnly, create: reviewersOnly, update: reviewersOnly },
      admin: { position: 'sidebar', description: 'The manager who answers it.' },
    },
    {
      name: 'respondedAt',
      type: 'date',
      access: managed,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      // Written only by the notify-staff-of-submissions task, straight to the database.
      name: 'staffNotifiedAt',
      type: 'date',
      index: true,
      label: 'Staff notified at',
      access: managed,
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' },
        description: 'When staff were emailed about it. Spam, and submissions taken up before the email, are not emailed.',
      },
    },
    {
      name: 'spamReasons',
      type: 'select',
      hasMany: true,
      options: selectOptions(spamReasons),
      access: managed,
      admin: { position: 'sidebar', readOnly: true, description: 'Why the spam screen flagged it, if it did.' },
    },
    {
      name: 'notes',
      type: 'array',
      label: 'Internal notes',
      labels: { singular: 'Note', plural: 'Notes' },
      access: { read: reviewersOnly, create: nobody, update: nobody },
      admin: {
        description: 'Seen by managers and admins only. A note keeps its author and time, and is never edited or deleted.',
        components: { RowLabel: `${client}#NoteRowLabel` },
      },
      fields: [
        { name: 'text', type: 'textarea', required: true, maxLength: limits.note },
        {
          type: 'row',
          fields: [
            { name: 'author', type: 'relationship', relationTo: collectionSlugs.users, admin: { readOnly: true } },
            { name: 'at', type: 'date', required: true, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
          ],
        },
      ],
    },
    {
      // Not stored: appendNote turns it into a new note with its author and time.
      name: 'addNote',
      type: 'textarea',
      virtual: true,
      maxLength: limits.note,
      label: 'Add a note',
      access: { read: reviewersOnly, create: reviewersOnly, update: reviewersOnly },
      // Payload shows a virtual field read-only unless told otherwise.
      admin: { readOnly: false, description: 'Saved with your name and the time when you save. Put corrections to what the visitor sent here.' },
    },
    // Fingerprint of the message, for the duplicate check. Never shown.
    { name: 'messageHash', type: 'text', index: true, access: { read: nobody, update: nobody }, admin: { disabled: true } },
  ],
})
