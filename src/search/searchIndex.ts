import type { CollectionConfig, Config, Field, Payload, Plugin } from 'payload'

import { searchPlugin } from '@payloadcms/plugin-search'

import { admins, staff } from '../access/roles'
import { lexicalText } from '../lexicalText'
import { collectionSlugs } from '../slugs'
import { searchEndpoint } from './searchEndpoint'

type Doc = Record<string, unknown>
type Indexed = { title: unknown; summary: unknown; words: unknown[]; activeFrom?: unknown; activeUntil?: unknown }

/** What each kind of document puts in the index: the title and summary results show, and every word searched. */
const indexedFields: Record<string, (doc: Doc) => Indexed> = {
  [collectionSlugs.articles]: (doc) => ({ title: doc.title, summary: doc.summary, words: [doc.title, doc.summary, doc.topics, lexicalText(doc.body)] }),
  [collectionSlugs.services]: (doc) => ({
    title: doc.name,
    summary: doc.summary,
    words: [doc.name, doc.summary, doc.conditions, (doc.course as Doc | undefined)?.cadence, lexicalText(doc.description)],
  }),
  // A quote is found by its words and its author; results show who said it, then what.
  [collectionSlugs.quotes]: (doc) => ({ title: doc.attribution, summary: doc.text, words: [doc.text, doc.attribution, doc.source, doc.context] }),
  [collectionSlugs.providerDiscounts]: (doc) => ({
    title: doc.title,
    summary: doc.eligibility,
    words: [doc.title, doc.eligibility, lexicalText(doc.terms)],
    activeFrom: doc.activeFrom ?? null,
    activeUntil: doc.activeUntil ?? null,
  }),
}

/** The longest summary stored (results show it whole), and the most text searched per document. */
const limits = { summary: 300, text: 20_000 }

const shorten = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`)
const flatten = (values: unknown[]): string =>
  values
    .flat()
    .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
    .join('\n')

/** Services first, then articles and discounts, then quotes, among results that match as well (see searchEndpoint). */
export const searchPriorities: Record<string, number> = {
  [collectionSlugs.services]: 30,
  [collectionSlugs.articles]: 20,
  [collectionSlugs.providerDiscounts]: 20,
  [collectionSlugs.quotes]: 10,
}

/** The index entry's own fields for a document of one of the indexed collections. */
export const searchEntry = (collection: string, doc: Doc) => {
  const { title, summary, words, activeFrom = null, activeUntil = null } = indexedFields[collection](doc)
  return {
    title: typeof title === 'string' ? title : '',
    slug: typeof doc.slug === 'string' ? doc.slug : null,
    summary: typeof summary === 'string' ? shorten(summary.trim(), limits.summary) : null,
    text: flatten(words).slice(0, limits.text),
    activeFrom,
    activeUntil,
  }
}

/**
 * A database that had content before site search starts with an empty index: fill it once with
 * what is published, as the plugin's hooks would have (the app calls this after migrating; the
 * admin's Reindex button does the same on demand). A database with entries is left alone.
 */
export const fillEmptySearchIndex = async (payload: Payload) => {
  if (!payload.collections[collectionSlugs.search] || (await payload.count({ collection: collectionSlugs.search })).totalDocs > 0) return 0
  let indexed = 0
  for (const collection of Object.keys(indexedFields).filter((slug) => payload.collections[slug as 'articles'])) {
    const drafts = Boolean(payload.collections[collection as 'articles'].config.versions?.drafts)
    const { docs } = await payload.find({
      collection: collection as 'articles',
      where: drafts ? { _status: { equals: 'published' } } : {},
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of docs) {
      const data = { doc: { relationTo: collection, value: doc.id }, priority: searchPriorities[collection], ...searchEntry(collection, doc as unknown as Doc) }
      await payload.create({ collection: collectionSlugs.search, data: data as never, depth: 0 })
      indexed += 1
    }
  }
  return indexed
}

/** Our fields on the plugin's index: what a result shows, the words searched, and a discount's dates. */
const indexFields: Field[] = [
  { name: 'slug', type: 'text', index: true, admin: { readOnly: true } },
  { name: 'summary', type: 'textarea', admin: { readOnly: true } },
  { name: 'text', type: 'textarea', admin: { readOnly: true, hidden: true } },
  { name: 'activeFrom', type: 'date', index: true, admin: { readOnly: true, position: 'sidebar' } },
  { name: 'activeUntil', type: 'date', index: true, admin: { readOnly: true, position: 'sidebar' } },
]

/**
 * Site search with @payloadcms/plugin-search: its `search` collection indexes published articles,
 * services, quotes and provider discounts, kept in sync by the plugin's hooks on every save and
 * delete (drafts are never indexed, and a page is removed when it is unpublished; a discount
 * whose dates are over is never answered and is removed by `prune-search-index`).
 * `GET /api/search?q=…` answers visitors (./searchEndpoint.ts); the index itself is read by staff
 * only, and rebuilt by admins (the admin's Reindex button). `collectionHooks` are added to the
 * index like to the plugin's own collections (bounded reads, change announcements).
 */
export const clinicSearch = (collections: string[], collectionHooks: (collection: CollectionConfig) => CollectionConfig): Plugin => {
  const plugin = searchPlugin({
    collections,
    defaultPriorities: searchPriorities,
    beforeSync: ({ originalDoc, searchDoc }) => ({ ...searchDoc, ...searchEntry(searchDoc.doc.relationTo, originalDoc) }),
    searchOverrides: {
      slug: collectionSlugs.search,
      labels: { singular: 'Search result', plural: 'Search index' },
      access: { read: staff, create: admins, update: admins, delete: admins },
      admin: {
        group: 'Settings',
        description: 'What site search finds: published pages and quotes, kept up to date as they are saved. Reindex rebuilds it (admins).',
      },
      endpoints: [searchEndpoint],
      fields: ({ defaultFields }) => [...defaultFields, ...indexFields],
    },
  })
  return (config: Config) => {
    const withSearch = plugin(config)
    return { ...withSearch, collections: withSearch.collections?.map((collection) => (collection.slug === collectionSlugs.search ? collectionHooks(collection) : collection)) }
  }
}
