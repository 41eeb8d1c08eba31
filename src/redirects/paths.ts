import type { PayloadRequest } from 'payload'

import { pagePath, siteSettings } from '../jsonLd/site'
import { collectionSlugs } from '../slugs'

/** Where a redirect leads: a document (its page, wherever its slug takes it) or a typed address. */
export type RedirectTarget = {
  type?: 'reference' | 'custom' | null
  reference?: { relationTo: string; value: unknown } | null
  url?: string | null
}

export type StoredRedirect = { id: number | string; from: string; to?: RedirectTarget | null; type?: string | null }

/**
 * `articles/old-title/` → `/articles/old-title`: one spelling per address, so lookups match.
 * Anything with a scheme (`https:`, `javascript:`) is left as it is, for validation to judge.
 */
export const normalizePath = (value: string) => {
  const trimmed = value.trim()
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed
  const withSlash = trimmed.startsWith('/') ? trimmed : `/${trimmed}`
  return withSlash.length > 1 ? withSlash.replace(/\/+$/, '') : withSlash
}

/** Addresses on the site only: a path, without a query or fragment (the frontend matches paths). */
export const isSitePath = (value: string) => /^\/[^\s?#]*$/.test(value) && !value.startsWith('//')

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string))

/**
 * The path a target leads to now: a document's page at its current slug, or the typed address.
 * `asPublic`: only while the public sees the document (published, and a discount while active),
 * read outside the caller's transaction; otherwise whatever the caller's transaction sees.
 */
export const targetPath = async (req: PayloadRequest, to: RedirectTarget | null | undefined, { asPublic = false } = {}): Promise<string | undefined> => {
  if (to?.type === 'custom') return to.url ?? undefined
  const reference = to?.reference
  if (!reference || reference.value == null) return undefined
  const { docs } = await req.payload.find({
    collection: reference.relationTo as 'articles',
    where: { id: { equals: idOf(reference.value) } },
    select: { slug: true },
    depth: 0,
    limit: 1,
    ...(asPublic ? { overrideAccess: false, draft: false } : { overrideAccess: true, draft: true, req }),
  })
  return docs[0] ? pagePath(req, reference.relationTo, docs[0].slug) : undefined
}

/** The collections whose pages are at `/<something>/{slug}`, with the pattern of their paths. */
const pagePatterns = (req: PayloadRequest) =>
  Object.entries(siteSettings(req).paths)
    .filter(([entity, path]) => path.includes('{slug}') && req.payload.collections[entity as 'articles'])
    .map(([entity, path]) => {
      const [before, after] = path.split('{slug}').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      return { entity, pattern: new RegExp(`^${before}([^/]+)${after}$`) }
    })

/** Whether a published page is at this path now (a redirect from there would hide it). */
export const isLivePage = async (req: PayloadRequest, path: string) => {
  for (const { entity, pattern } of pagePatterns(req)) {
    const slug = pattern.exec(path)?.[1]
    if (!slug) continue
    const drafts = Boolean(req.payload.collections[entity as 'articles'].config.versions?.drafts)
    const { totalDocs } = await req.payload.count({
      collection: entity as 'articles',
      where: { slug: { equals: decodeURIComponent(slug) }, ...(drafts ? { _status: { equals: 'published' } } : {}) },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) return true
  }
  return false
}

/** The redirect recorded for an address, if any. */
export const redirectFrom = async (req: PayloadRequest, from: string) =>
  (
    await req.payload.find({
      collection: collectionSlugs.redirects,
      where: { from: { equals: from } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
  ).docs[0] as StoredRedirect | undefined
