import type { Field } from 'payload'

/** Applies `change` to every field, inside tabs, rows, collapsibles, groups and arrays too. */
export const mapFields = (fields: Field[], change: (field: Field) => Field): Field[] =>
  fields.map((field) => {
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: mapFields(tab.fields, change) })) }
    if ('fields' in field) return change({ ...field, fields: mapFields(field.fields, change) } as Field)
    return change(field)
  })
