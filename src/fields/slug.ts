import type { Field, FieldHook, RowField } from 'payload'

import { slugField } from 'payload'
import { slugify } from 'payload/shared'

import { nextFreeSlug } from './nextFreeSlug'

/**
 * Payload's unique `slug` field, generated from `useAsSlug` and editable. Payload fills it in
 * only after validation (and the admin form fills it as you type), so an API caller publishing
 * without a slug would get "slug is required": we fill it first from the same source field.
 * GraphQL would still demand one (a required field is `String!` in its create input) unless the
 * field has read access of its own, which makes it optional there; anyone may read a slug.
 *
 * A slug generated this way never blocks a save: when another document has it, the next free
 * suffix is used (a second quote by "Daniel J. Siegel" gets `daniel-j-siegel-2`). A slug that
 * staff typed is kept as typed, and one that is taken is refused on the field ("Value must be
 * unique"), since they meant that address.
 */
export const slug = (useAsSlug = 'title'): Field =>
  slugField({
    useAsSlug,
    overrides: (row: RowField) => ({
      ...row,
      fields: row.fields.map((field) => {
        if (field.type !== 'text' || field.name !== 'slug') return field
        const fillFromSource: FieldHook = async ({ collection, originalDoc, req, siblingData, value }) => {
          const source = siblingData?.[useAsSlug] ?? originalDoc?.[useAsSlug]
          const base = !value && typeof source === 'string' ? slugify(source) : undefined
          if (!base || !collection) return value
          return nextFreeSlug({ base, collection: collection.slug, doc: originalDoc?.id === undefined ? undefined : originalDoc, req })
        }
        return {
          ...field,
          access: { ...field.access, read: () => true },
          hooks: { ...field.hooks, beforeValidate: [...(field.hooks?.beforeValidate ?? []), fillFromSource] },
        }
      }),
    }),
  })
