import type { CollectionConfig } from 'payload'

import { anyone, fieldHasRole, submissionReviewers } from '../../src/access/roles'
import { selectOptions } from '../../src/fields/selectOptions'
import { collectionSlugs } from '../../src/slugs'
import { contactMethods, inquiryTypes, limits, submissionStatuses } from '../../src/validation/contactSubmission'
import { validateInput } from './hooks/validateInput'

const reviewersOnly = fieldHasRole('admin', 'manager')

/**
 * Messages from prospective patients and fellow providers. Anyone may send one (through the
 * zod schema); only managers and admins can read or work them, since they hold contact details.
 */
export const ContactSubmissions: CollectionConfig = {
  slug: collectionSlugs.contactSubmissions,
  labels: { singular: 'Contact submission', plural: 'Contact submissions' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'inquiryType', 'status', 'createdAt'],
    description: 'Messages sent through the contact form. Visible to managers and admins only.',
    group: 'Intake',
  },
  access: {
    create: anyone,
    read: submissionReviewers,
    update: submissionReviewers,
    delete: submissionReviewers,
  },
  defaultSort: '-createdAt',
  hooks: { beforeOperation: [validateInput] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: limits.name },
    { name: 'email', type: 'email', required: true },
    { name: 'phone', type: 'text', maxLength: limits.phone },
    { name: 'message', type: 'textarea', required: true, maxLength: limits.message },
    { name: 'inquiryType', type: 'select', required: true, options: selectOptions(inquiryTypes), index: true },
    {
      name: 'preferredContactMethod',
      type: 'select',
      defaultValue: 'email',
      options: selectOptions(contactMethods),
    },
    {
      name: 'consent',
      type: 'checkbox',
      required: true,
      label: 'Agreed that the clinic may store this message and reply to it',
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'new',
      index: true,
      options: selectOptions(submissionStatuses),
      access: { create: reviewersOnly, update: reviewersOnly },
      admin: { position: 'sidebar' },
    },
    {
      name: 'internalNotes',
      type: 'textarea',
      maxLength: limits.internalNotes,
      access: { create: reviewersOnly, read: reviewersOnly, update: reviewersOnly },
      admin: { position: 'sidebar', description: 'Seen by managers and admins only.' },
    },
  ],
}
