import type { PayloadRequest } from 'payload'

import { signPreviewToken } from './token'

/** Options of the admin's Preview and Live Preview (`clinicContent({ preview })`). */
export type PreviewOptions = {
  /** The frontend's origin, e.g. `https://www.alt.clinic`. Default: `PREVIEW_URL`. Neither set: no preview. */
  url?: string
  /**
   * Where each kind of content lives on the frontend, by collection or global slug; `{slug}` is
   * replaced by the document's slug. Content left out gets no preview.
   */
  paths?: Record<string, string>
  /**
   * How long a preview link works, in seconds. Default 600 (ten minutes). Links made in the same
   * tenth of that time are the same link (see {@link previewLink}), so one works for 90–100 % of it.
   */
  tokenSeconds?: number
}

export const defaultPreviewPaths: Record<string, string> = {
  articles: '/articles/{slug}',
  services: '/services/{slug}',
  'provider-discounts': '/provider-discounts/{slug}',
  'clinic-info': '/',
}

type Doc = { id?: number | string; slug?: unknown }

/**
 * The admin's preview URL for one collection or global: the frontend page, with a fresh
 * `previewToken` query parameter the frontend exchanges for the draft
 * (GET /api/preview-token/verify?token=…). Runs on the server, which holds the signing secret.
 * The admin asks for the URL again after every save and autosave, and Live Preview reloads its
 * frame whenever the URL changes: so the token is signed as of the start of the current tenth of
 * its lifetime, and the URL stays the same while the editor types instead of reloading the page
 * beside them every few seconds.
 */
export const previewLink =
  ({ url, path, tokenSeconds }: { url: string; path: string; tokenSeconds: number }, target: { collection: string } | { global: string }) =>
  (doc: Doc, { req }: { req: PayloadRequest }): string | null => {
    if ('collection' in target && doc.id === undefined) return null // not saved yet
    const page = new URL(path.replace('{slug}', encodeURIComponent(String(doc.slug ?? ''))), url)
    const claims = 'collection' in target ? { collection: target.collection, id: doc.id! } : target
    const stepMs = (tokenSeconds * 1000) / 10
    page.searchParams.set('previewToken', signPreviewToken(req.payload.secret, claims, tokenSeconds, Math.floor(Date.now() / stepMs) * stepMs))
    return page.toString()
  }
