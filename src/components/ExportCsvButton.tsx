'use client'

import type { Where } from 'payload'

import { Button, ConfirmationModal, useConfig, useListQuery, useModal } from '@payloadcms/ui'
import { stringify } from 'qs-esm'

import { collectionSlugs } from '../slugs'

/** The list's search box looks in these fields (the collection's `listSearchableFields`). */
const searchedFields = ['name', 'email'] as const

const modalSlug = 'export-contact-submissions'

/**
 * "Export CSV" above the contact-submissions list: after a confirmation that says what the file
 * holds and that the export is recorded, downloads what the list shows (its filters and search)
 * from `GET /api/contact-submissions/export`, which checks access and audits it.
 */
export const ExportCsvButton = () => {
  const { config } = useConfig()
  const { query } = useListQuery()
  const { openModal } = useModal()
  const filters: Where[] = [query.where ?? {}]
  if (query.search) filters.push({ or: searchedFields.map((field) => ({ [field]: { like: query.search } })) })
  const href = `${config.serverURL}${config.routes.api}/${collectionSlugs.contactSubmissions}/export${stringify({ where: { and: filters } }, { addQueryPrefix: true })}`
  return (
    <div className="export-csv">
      <Button buttonStyle="secondary" size="small" margin={false} onClick={() => openModal(modalSlug)}>
        Export CSV
      </Button>
      <ConfirmationModal
        modalSlug={modalSlug}
        heading="Export contact submissions?"
        body={
          <p>
            The file holds what visitors sent in the submissions this list shows: names, contact details and messages, which may be about
            their health. Keep it only where patient information may be kept. The export is recorded in the audit log under your name.
          </p>
        }
        confirmLabel="Export CSV file"
        onConfirm={() => {
          window.location.assign(href)
        }}
      />
    </div>
  )
}
