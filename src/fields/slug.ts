import type { Field, FieldHook, RowField } from 'payload'

import { slugField } from 'payload'
import { slugify } from 'payload/shared'

/**
 * Payload's unique `slug` field, generated from `useAsSlug` and editable. Payload fills it in
 * only after validation (and the admin form fills it as you type), so an API caller publishing
 * without a slug would get "slug is required": we fill it first from the same source field.
 * GraphQL would still demand one (a required field is `String!` in its create input) unless the
 * field has read access of its own, which makes it optional there; anyone may read a slug.
 */
export const slug = (useAsSlug = 'title'): Field =>
  slugField({
    useAsSlug,
    overrides: (row: RowField) => ({
      ...row,
      fields: row.fields.map((field) => {
        if (field.type !== 'text' || field.name !== 'slug') return field
        const fillFromSource: FieldHook = ({ value, siblingData }) =>
          value || (typeof siblingData?.[useAsSlug] === 'string' ? slugify(siblingData[useAsSlug]) : value)
        return {
          ...field,
          access: { ...field.access, read: () => true },
          hooks: { ...field.hooks, beforeValidate: [...(field.hooks?.beforeValidate ?? []), fillFromSource] },
        }
      }),
    }),
  })
