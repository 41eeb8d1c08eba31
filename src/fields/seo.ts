import type { Field, FieldHook, Plugin, TextareaField, TextField } from 'payload'

import { seoPlugin } from '@payloadcms/plugin-seo'

import { collectionSlugs } from '../slugs'

export const seoLimits = { title: 70, description: 160 }

/** Where each collection's SEO title and description come from when they are left empty. */
const seoSources: Record<string, { title: string; description: string }> = {
  [collectionSlugs.articles]: { title: 'title', description: 'summary' },
  [collectionSlugs.services]: { title: 'name', description: 'summary' },
}

/** Cuts text to `max` characters at a word boundary, with an ellipsis when it had to cut. */
const shorten = (text: string, max: number) => {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max - 1)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:.]+$/, '')}…`
}

type Kind = keyof typeof seoLimits

/** The SEO text a document would get from its own fields, or undefined when they are empty. */
const generated = (kind: Kind, collection: string | undefined, doc: Record<string, unknown> | undefined) => {
  const from = doc?.[seoSources[collection ?? '']?.[kind] ?? '']
  return typeof from === 'string' && from.trim() ? shorten(from, seoLimits[kind]) : undefined
}

/** Fills an empty SEO field when the document is saved, whichever API saves it. */
const generateOnSave =
  (kind: Kind): FieldHook =>
  ({ value, data, collection }) =>
    value || generated(kind, collection?.slug, data) || value

/** Our limits, save-time generation and help texts on the plugin's fields. */
const withClinicRules = (field: Field): Field => {
  if (!('name' in field)) return field
  // One value for every locale: the columns stay those of the fields this replaced.
  if (field.name === 'image') {
    return { ...field, localized: false, admin: { ...field.admin, description: 'Shown when the page is shared (1200×630 works best). Needs alt text like every image.' } } as Field
  }
  if (field.name !== 'title' && field.name !== 'description') return field
  const kind: Kind = field.name
  const help = kind === 'title' ? 'Empty: the title (or name).' : 'Shown under the title in search results. Empty: the summary, shortened.'
  return {
    ...(field as TextField | TextareaField),
    localized: false,
    maxLength: seoLimits[kind],
    hooks: { beforeChange: [generateOnSave(kind)] },
    admin: { ...field.admin, description: `Up to ${seoLimits[kind]} characters. ${help}` },
  } as Field
}

/**
 * The "SEO" tab of articles and services through @payloadcms/plugin-seo: a `meta` group with
 * `title`, `description` and (with media) `image`, stored in the same columns as our earlier
 * fields of those names. Empty title and description are generated from the document when it is
 * saved (over any API); the admin's "Auto-generate" buttons give the same text.
 */
export const clinicSeo = ({ collections, uploadsCollection }: { collections: string[]; uploadsCollection?: string }): Plugin =>
  seoPlugin({
    collections,
    uploadsCollection,
    tabbedUI: true,
    generateTitle: ({ doc, collectionConfig }) => generated('title', collectionConfig?.slug, doc) ?? '',
    generateDescription: ({ doc, collectionConfig }) => generated('description', collectionConfig?.slug, doc) ?? '',
    fields: ({ defaultFields }) => defaultFields.map(withClinicRules),
  }) as Plugin
