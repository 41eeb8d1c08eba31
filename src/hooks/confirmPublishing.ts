import type { PayloadRequest } from 'payload'

type Status = { _status?: 'draft' | 'published' | null }

/**
 * afterChange (collections and globals with drafts): the admin's toast after Publish says
 * "Published.", not Payload's "Updated successfully.", which staff read as "saved somewhere".
 * Payload's update endpoints take that message from `req.t('general:updatedSuccessfully')` once
 * the operation has returned, and draft saves use their own key, so this request's translations
 * answer that one key with "Published." when the result is published. Both
 * `req.t` and `req.i18n` change (as new objects: Payload shares i18n between requests), since a
 * later hook's local API call resets `req.t` from `req.i18n`.
 */
export const confirmPublishing = <T extends Status>({ doc, req }: { doc: T; req: PayloadRequest }): T => {
  if (doc._status !== 'published') return doc
  const translate = req.i18n.t as (key: string, ...rest: unknown[]) => string
  const t = ((key: string, ...rest: unknown[]) => (key === 'general:updatedSuccessfully' ? 'Published.' : translate(key, ...rest))) as typeof req.t
  req.i18n = { ...req.i18n, t }
  req.t = t
  return doc
}
