/**
 * Everything the site reads, in one place: the content API's public reads through Payload's
 * typed SDK, and the draft a preview link names. Pages never call the API themselves.
 */
import { PayloadSDK } from '@payloadcms/sdk'
import { cookies, draftMode } from 'next/headers'

import type { Article, ClinicInfo, Config, ProviderDiscount, Service } from '../../payload-types'
import { keepFilledIn } from './keepFilledIn'
import { apiUrl } from './settings'

/**
 * Every public read carries this one tag, and the webhook revalidates it on any change
 * (app/api/revalidate/route.ts). One tag rather than one per document, for the reason the API's
 * own cache gives: an answer embeds other documents (an article its quote and services, every
 * page the clinic's name), so a renamed service changes article pages too. Changes are rare;
 * each page is rendered again on its next visit.
 */
export const contentTag = 'content'

/** The fallback when a webhook is missed (the receiver was down): pages are at most this old. */
export const revalidateSeconds = 300

const published = { next: { tags: [contentTag], revalidate: revalidateSeconds } } satisfies RequestInit

const sdk = () => new PayloadSDK<Config>({ baseURL: `${apiUrl()}/api` })

export const getClinicInfo = () => sdk().findGlobal({ slug: 'clinic-info', depth: 0 }, published)

export const getServices = async () => (await sdk().find({ collection: 'services', sort: 'name', depth: 0, limit: 100 }, published)).docs

export const getLatestArticles = async (limit: number) =>
  (await sdk().find({ collection: 'articles', sort: '-publishedAt', depth: 0, limit }, published)).docs

/** The most recently added quote, for the home page. */
export const getQuote = async () => (await sdk().find({ collection: 'quotes', sort: '-createdAt', limit: 1 }, published)).docs[0]

/** Active provider discounts only: the API shows the public nothing else. */
export const getProviderDiscounts = async () =>
  (await sdk().find({ collection: 'provider-discounts', sort: 'title', depth: 0, limit: 100 }, published)).docs

/** The documents that have a page of their own, by collection. */
type PageDocuments = { articles: Article; services: Service; 'provider-discounts': ProviderDiscount }
type PageCollection = keyof PageDocuments

/** The slugs to render at build time; others are rendered on their first visit. */
export const getSlugs = async (collection: PageCollection) =>
  (await sdk().find({ collection, depth: 0, limit: 100, select: { slug: true } }, published)).docs.map(({ slug }) => ({ slug }))

/** Where app/api/preview/route.ts keeps the preview token while draft mode is on. */
export const previewCookie = 'alt-preview-token'

type Previewed = { collection: string; doc: Article | Service | ProviderDiscount } | { global: string; doc: ClinicInfo }

/**
 * The answer of the content API's preview-token exchange: the draft a token names, or the
 * API's message when the token is invalid or expired. Never cached, here or by the API.
 */
export const exchangePreviewToken = async (token: string): Promise<Previewed | { error: string }> => {
  const response = await fetch(`${apiUrl()}/api/preview-token/verify?token=${encodeURIComponent(token)}`, { cache: 'no-store' })
  const answer = await response.json()
  return response.ok ? answer : { error: answer.errors?.[0]?.message ?? `The content API answered ${response.status}` }
}

/**
 * The draft the preview token in the cookie names, when draft mode is on (a preview link was
 * opened); otherwise undefined. Reading the cookie only in draft mode keeps public pages static.
 */
const getPreviewed = async () => {
  if (!(await draftMode()).isEnabled) return undefined
  const token = (await cookies()).get(previewCookie)?.value
  const answer = token ? await exchangePreviewToken(token) : undefined
  return answer && !('error' in answer) ? answer : undefined
}

const findPublished = async <C extends PageCollection>(collection: C, where: { slug: { equals: string } } | { id: { equals: number | string } }) =>
  (await sdk().find({ collection, where, depth: 1, limit: 1 }, published)).docs[0] as PageDocuments[C] | undefined

/**
 * A page's document: in draft mode the draft of this collection with this slug, if the preview
 * token names it (`draft` is then set too, its related documents filled in from the published
 * version where they are the same); otherwise the published one, or undefined (a 404).
 */
export const getPageDocument = async <C extends PageCollection>(collection: C, slug: string): Promise<{ draft?: PageDocuments[C]; doc?: PageDocuments[C] }> => {
  const previewed = await getPreviewed()
  if (previewed && 'collection' in previewed && previewed.collection === collection && previewed.doc.slug === slug) {
    const draft = keepFilledIn(previewed.doc, await findPublished(collection, { id: { equals: previewed.doc.id } })) as PageDocuments[C]
    return { draft, doc: draft }
  }
  return { doc: await findPublished(collection, { slug: { equals: slug } }) }
}

/** The clinic's details: the draft in draft mode, if the preview token names them. */
export const getClinicInfoDraft = async () => {
  const previewed = await getPreviewed()
  return previewed && 'global' in previewed ? previewed.doc : undefined
}
