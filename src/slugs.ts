/** Every collection/global slug and job task, named once: config, seed and tests import these. */
export const collectionSlugs = {
  articles: 'articles',
  quotes: 'quotes',
  services: 'services',
  providerDiscounts: 'provider-discounts',
  contactSubmissions: 'contact-submissions',
  auditEvents: 'audit-events',
  users: 'users',
  media: 'media',
  webhooks: 'webhooks',
  webhookDeliveries: 'webhook-deliveries',
  redirects: 'redirects',
  search: 'search',
} as const

export const globalSlugs = {
  clinicInfo: 'clinic-info',
  glossary: 'glossary',
} as const

export const taskSlugs = {
  notifyStaffOfSubmissions: 'notify-staff-of-submissions',
  applyContactRetention: 'apply-contact-retention',
  markOverdueReviews: 'mark-overdue-reviews',
  deliverWebhook: 'deliver-webhook',
  notifyReviewers: 'notify-reviewers',
  removeEmptyDrafts: 'remove-empty-drafts',
  pruneSearchIndex: 'prune-search-index',
} as const

export type ClinicCollectionSlug = (typeof collectionSlugs)[keyof typeof collectionSlugs]
export type ClinicGlobalSlug = (typeof globalSlugs)[keyof typeof globalSlugs]

export const roles = ['admin', 'editor', 'clinical-reviewer', 'manager'] as const
export type Role = (typeof roles)[number]
