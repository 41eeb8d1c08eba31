import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig, Config, Field, FieldHook, PayloadRequest } from 'payload'

import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { ValidationError } from 'payload'

import { publicContentAccess } from '../access/contentAccess'
import { contentPolicy } from '../access/policy'
import { collectionSlugs } from '../slugs'
import { isLivePage, isSitePath, normalizePath, type RedirectTarget, redirectFrom, targetPath } from './paths'

/** The status codes staff may choose; 308 (permanent, method kept) unless they choose another. */
export const redirectStatuses = ['301', '302', '307', '308'] as const

const refuse = (req: PayloadRequest, path: string, message: string) =>
  new ValidationError({ collection: collectionSlugs.redirects, errors: [{ path, message }], req }, req.t)

/** Only the target's own keys, with a referenced document as its id. */
const targetOf = (to: RedirectTarget | null | undefined): RedirectTarget => {
  const value = to?.reference?.value
  const reference = to?.reference ? { relationTo: to.reference.relationTo, value: value && typeof value === 'object' ? (value as { id: unknown }).id : value } : null
  return to?.type === 'custom' ? { type: 'custom', url: to.url ?? null, reference: null } : { type: 'reference', reference, url: null }
}

/**
 * beforeChange: a redirect from a published page's address is refused (it would hide the page);
 * one to an address that is itself redirected is pointed at the end of that chain instead
 * (`/a` → `/b`, and `/b` → `/c` exists: `/a` → `/c`); one that would come back to where it
 * starts is refused.
 */
const collapseChains: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const from = (data.from ?? originalDoc?.from) as string
  let to = targetOf({ ...originalDoc?.to, ...data.to })
  if (await isLivePage(req, from)) {
    throw refuse(req, 'from', 'A published page is at this address, and a redirect would hide it. Choose another address, or change that page’s slug first.')
  }
  const chain = [from]
  while (to.type === 'custom' && to.url?.startsWith('/')) {
    if (chain.includes(to.url)) throw refuse(req, 'to.url', `This would go round in a loop: ${[...chain, to.url].join(' → ')}.`)
    const next = await redirectFrom(req, to.url)
    if (!next || next.id === originalDoc?.id) break
    chain.push(to.url)
    to = targetOf(next.to)
  }
  if (to.type === 'reference' && (await targetPath(req, to)) === from) {
    throw refuse(req, 'to.reference', 'That page is at this address already: a redirect to it would go round in a loop.')
  }
  return { ...data, from, to }
}

/** afterChange: redirects that led to this one's address now lead where this one does (chains collapse). */
const pointChainsHere: CollectionAfterChangeHook = async ({ doc, req }) => {
  const { docs } = await req.payload.find({
    collection: collectionSlugs.redirects,
    where: { and: [{ 'to.type': { equals: 'custom' } }, { 'to.url': { equals: doc.from } }, { id: { not_equals: doc.id } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const earlier of docs) {
    await req.payload.update({ collection: collectionSlugs.redirects, id: earlier.id, data: { to: targetOf(doc.to) as never }, depth: 0, overrideAccess: true, req })
  }
  return doc
}

const normalized: FieldHook = ({ value }) => (typeof value === 'string' && value.trim() ? normalizePath(value) : value)

/** Our rules and help texts on the plugin's fields. */
const withClinicRules = (field: Field): Field => {
  if (!('name' in field)) return field
  if (field.name === 'from') {
    return {
      ...field,
      maxLength: 2000,
      hooks: { beforeValidate: [normalized] },
      validate: (value: unknown) =>
        typeof value === 'string' && isSitePath(value) ? true : 'An address on the site, starting with / and without ? or #, e.g. /articles/old-title.',
      admin: { description: 'The old address, as people have it in links: /articles/old-title.' },
    } as Field
  }
  // The plugin marks both targets required (each shown only for its type), which GraphQL turns
  // into a `to` every update must send: each is checked for its own type instead.
  if (field.name === 'to' && field.type === 'group') {
    return {
      ...field,
      fields: field.fields.map((inner) => {
        if (!('name' in inner)) return inner
        if (inner.name === 'reference') {
          return {
            ...inner,
            required: false,
            validate: (value: unknown, { siblingData }: { siblingData: { type?: string } }) =>
              siblingData.type === 'custom' || value ? true : 'Choose the page this address leads to.',
          } as Field
        }
        return inner.name === 'url'
          ? ({
              ...inner,
              required: false,
              maxLength: 2000,
              hooks: { beforeValidate: [normalized] },
              validate: (value: unknown, { siblingData }: { siblingData: { type?: string } }) => {
                if (siblingData.type !== 'custom') return true
                if (typeof value === 'string' && (isSitePath(value) || URL.canParse(value) && /^https?:$/.test(new URL(value).protocol))) return true
                return 'An address on the site (/services/integration-therapy) or a full https:// address.'
              },
              admin: { ...inner.admin, description: 'A path on the site, or a full https:// address elsewhere.' },
            } as Field)
          : inner
      }),
    } as Field
  }
  if (field.name === 'type') {
    return { ...field, admin: { description: '308 (permanent) unless the move is temporary.' } } as Field
  }
  return field
}

/**
 * The `redirects` collection of @payloadcms/plugin-redirects: an old address (`from`) and where it
 * now leads (`to`: a page, followed wherever its slug goes, or a typed address), with a status.
 * Recorded automatically when a published page's slug changes (./recordSlugChanges.ts), and added
 * by marketing staff for links shared elsewhere. Public reads, like the pages it leads to.
 */
export const redirectsCollection = (pageCollections: string[]): CollectionConfig => {
  const policy = contentPolicy[collectionSlugs.redirects]
  const built = redirectsPlugin({
    collections: pageCollections,
    redirectTypes: [...redirectStatuses],
    // Not required: left out (GraphQL included), it is 308.
    redirectTypeFieldOverride: { defaultValue: '308', required: false },
    overrides: {
      slug: collectionSlugs.redirects,
      labels: { singular: 'Redirect', plural: 'Redirects' },
      access: publicContentAccess(policy),
      admin: {
        group: 'Content',
        useAsTitle: 'from',
        defaultColumns: ['from', 'to.type', 'type', 'updatedAt'],
        description:
          'Old addresses that lead on, so shared links keep working. A page’s old address is added here when its slug changes after publishing; add others for links you know of.',
      },
      defaultSort: 'from',
      hooks: { beforeChange: [collapseChains], afterChange: [pointChainsHere] },
      fields: ({ defaultFields }) => defaultFields.map(withClinicRules),
    },
  })({ collections: [] } as unknown as Config)
  return built.collections![0]
}
