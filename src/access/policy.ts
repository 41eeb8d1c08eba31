import type { Role } from '../slugs'

import { collectionSlugs, globalSlugs } from '../slugs'

/** Who may write (create, edit, save drafts) and who may publish (or delete) one kind of content. */
export type ContentPolicy = { write: readonly Role[]; publish: readonly Role[] }

const medical: ContentPolicy = { write: ['admin', 'editor', 'clinical-reviewer'], publish: ['admin', 'clinical-reviewer'] }
const marketing: ContentPolicy = { write: ['admin', 'editor'], publish: ['admin', 'editor'] }

/**
 * The clinic's editorial policy, declared once: collections and the global build their access
 * from it, and the access-matrix test checks every role against it over REST, GraphQL and the
 * Local API. Medical content (articles, services, and clinic-info, which carries the medical
 * disclaimer) goes live only through a clinical reviewer or an admin. Every signed-in staff
 * member reads drafts (preview); anonymous callers read published content only. Writers also
 * delete their own drafts of articles and services that were never published
 * (src/access/deleteOwnDrafts.ts).
 */
export const contentPolicy = {
  [collectionSlugs.articles]: medical,
  [collectionSlugs.services]: medical,
  [collectionSlugs.quotes]: marketing,
  [collectionSlugs.providerDiscounts]: marketing,
  [collectionSlugs.media]: marketing,
  // Old addresses of pages: recorded automatically when a published page's slug changes, and
  // added by marketing staff for links shared elsewhere. Public, like the pages they lead to.
  [collectionSlugs.redirects]: marketing,
  [globalSlugs.clinicInfo]: medical,
} as const satisfies Record<string, ContentPolicy>

/**
 * The glossary and reading target the readability check uses: staff read them (never the
 * public); writers of content keep the glossary; only those who may override the check (clinical
 * reviewers, admins) set the target grade, so the gate cannot be lowered by the writer it gates.
 */
export const glossaryPolicy = {
  write: ['admin', 'editor', 'clinical-reviewer'],
  setTarget: ['admin', 'clinical-reviewer'],
} as const satisfies Record<string, readonly Role[]>
