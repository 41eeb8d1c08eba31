import type { PayloadRequest } from 'payload'
import type { MedicalClinic, Person } from 'schema-dts'

import { defaultPreviewPaths } from '../preview/previewLink'
import { globalSlugs } from '../slugs'

/** Where the public site lives, as configured (`clinicContent({ siteUrl })`, default `SITE_URL`). */
type SiteSettings = { siteUrl?: string; paths: Record<string, string> }

export const siteSettings = (req: PayloadRequest): SiteSettings => {
  const custom = (req.payload.config.custom?.clinicContent ?? {}) as Partial<SiteSettings>
  return { siteUrl: custom.siteUrl, paths: { ...defaultPreviewPaths, ...custom.paths } }
}

/** The path of a document's public page (`/articles/<slug>`), when its kind has one. */
export const pagePath = (req: PayloadRequest, slug: string, docSlug?: string | null): string | undefined => {
  const path = siteSettings(req).paths[slug]
  if (!path || (path.includes('{slug}') && !docSlug)) return undefined
  return path.replace('{slug}', encodeURIComponent(docSlug ?? ''))
}

/** The public page of a document, when the site URL is known: `https://…/articles/<slug>`. */
export const pageUrl = (req: PayloadRequest, slug: string, docSlug?: string | null): string | undefined => {
  const { siteUrl } = siteSettings(req)
  const path = pagePath(req, slug, docSlug)
  return siteUrl && path ? new URL(path, siteUrl).toString() : undefined
}

/** The clinic as publisher, read once per request from the published clinic-info. */
export const clinicPublisher = async (req: PayloadRequest): Promise<MedicalClinic | undefined> => {
  const cache = req.context as { clinicPublisher?: Promise<MedicalClinic | undefined> }
  cache.clinicPublisher ??= req.payload
    .findGlobal({ slug: globalSlugs.clinicInfo, depth: 0, draft: false, overrideAccess: true, req })
    .then((clinic) => (clinic?.name ? { '@type': 'MedicalClinic', name: clinic.name, url: siteSettings(req).siteUrl } : undefined))
  return cache.clinicPublisher
}

/**
 * The reviewer as a schema.org Person: their display name only (accounts are private). No
 * name on the account, no reviewer in the data.
 */
export const reviewerPerson = async (req: PayloadRequest, reviewer: unknown): Promise<Person | undefined> => {
  if (reviewer == null) return undefined
  const id = typeof reviewer === 'object' ? (reviewer as { id: number | string }).id : (reviewer as number | string)
  // A list of articles usually has one or two reviewers: look each up once per request.
  const cache = ((req.context as { reviewerPeople?: Map<string, Promise<Person | undefined>> }).reviewerPeople ??= new Map())
  if (!cache.has(String(id))) {
    cache.set(
      String(id),
      req.payload
        .findByID({ collection: req.payload.config.admin.user as 'users', id, depth: 0, overrideAccess: true, disableErrors: true, req })
        .then((user) => (user?.name ? { '@type': 'Person', name: user.name } : undefined)),
    )
  }
  return cache.get(String(id))
}

/** `2026-11-27T09:00:00.000Z` → `2026-11-27` (schema.org Date). */
export const isoDate = (value?: string | null) => (value ? value.slice(0, 10) : undefined)

/** Drops undefined and empty-array properties so the output holds only what is known. */
export const compact = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0))) as T
