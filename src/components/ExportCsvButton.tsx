'use client'

import type { Where } from 'payload'

import { Button, useConfig, useListQuery } from '@payloadcms/ui'
import { stringify } from 'qs-esm'

import { collectionSlugs } from '../slugs'

/** The list's search box looks in these fields (the collection's `listSearchableFields`). */
const searchedFields = ['name', 'email'] as const

/**
 * "Export CSV" above the contact-submissions list: downloads what the list shows (its filters
 * and search) from `GET /api/contact-submissions/export`, which checks access and audits it.
 */
export const ExportCsvButton = () => {
  const { config } = useConfig()
  const { query } = useListQuery()
  const filters: Where[] = [query.where ?? {}]
  if (query.search) filters.push({ or: searchedFields.map((field) => ({ [field]: { like: query.search } })) })
  const href = `${config.serverURL}${config.routes.api}/${collectionSlugs.contactSubmissions}/export${stringify({ where: { and: filters } }, { addQueryPrefix: true })}`
  return (
    <div className="export-csv">
      <Button el="anchor" url={href} buttonStyle="secondary" size="small" margin={false}>
        Export CSV
      </Button>
    </div>
  )
}
