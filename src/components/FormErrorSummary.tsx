'use client'

import type { ClientField } from 'payload'

import { useAllFormFields, useConfig, useDocumentInfo, useFormSubmitted, useTranslation } from '@payloadcms/ui'

type Labelled = ClientField & { name?: string; label?: unknown; fields?: ClientField[]; tabs?: { name?: string; label?: unknown; fields: ClientField[] }[] }

/** The field's label (with its tab or group before it, as "Content > Body"), or its path when it has none. */
const labelOf = (fields: ClientField[], path: string[], text: (label: unknown) => string, trail: string[] = []): string | undefined => {
  for (const field of fields as Labelled[]) {
    if (field.tabs) {
      for (const tab of field.tabs) {
        const inTab = tab.name ? (tab.name === path[0] ? path.slice(1) : null) : path
        const found = inTab && labelOf(tab.fields, inTab, text, [...trail, text(tab.label ?? tab.name)])
        if (found) return found
      }
    } else if (!field.name && field.fields) {
      const found = labelOf(field.fields, path, text, trail)
      if (found) return found
    } else if (field.name === path[0]) {
      const own = [...trail, text(field.label ?? field.name)]
      if (path.length === 1 || !field.fields) return own.join(' > ')
      return labelOf(field.fields, path.slice(/^\d+$/.test(path[1]) ? 2 : 1), text, own) ?? own.join(' > ')
    }
  }
  return undefined
}

/**
 * At the top of the document, after a save or publish the server refused: every problem at
 * once, each with its field's name and its whole message (Payload marks each field too, but in
 * tabs out of sight and cut to one line).
 */
export const FormErrorSummary = () => {
  const [fields] = useAllFormFields()
  const submitted = useFormSubmitted()
  const { collectionSlug, globalSlug } = useDocumentInfo()
  const { getEntityConfig } = useConfig()
  const { i18n } = useTranslation()
  const problems = Object.entries(fields).filter(([, state]) => state.valid === false && state.errorMessage)
  if (!submitted || problems.length === 0) return null
  const entity = getEntityConfig(collectionSlug ? { collectionSlug } : { globalSlug: globalSlug! })
  const text = (label: unknown) =>
    typeof label === 'string' ? label : label && typeof label === 'object' ? String((label as Record<string, string>)[i18n.language] ?? Object.values(label)[0]) : ''
  return (
    <div className="form-error-summary" role="alert">
      <p>
        <strong>{problems.length === 1 ? 'One thing to fix' : `${problems.length} things to fix`} before this can be saved:</strong>
      </p>
      <ul>
        {problems.map(([path, state]) => (
          <li key={path}>
            <strong>{labelOf(entity?.fields ?? [], path.split('.'), text) ?? path}</strong>: {state.errorMessage}
          </li>
        ))}
      </ul>
    </div>
  )
}
