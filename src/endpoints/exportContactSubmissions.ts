import type { Endpoint, Where } from 'payload'

import type { ContactSubmission } from '../payload-types'

import { collectionSlugs } from '../slugs'
import { toCsvLine } from './toCsv'

const columns = [
  'id',
  'createdAt',
  'status',
  'inquiryType',
  'name',
  'email',
  'phone',
  'preferredContactMethod',
  'message',
  'assignedTo',
  'respondedAt',
  'staffNotifiedAt',
  'spamReasons',
  'notes',
] as const

type Note = NonNullable<ContactSubmission['notes']>[number]

/** A note as one line: when (UTC), who, what. */
const noteLine = ({ at, author, text }: Note) =>
  `${at.slice(0, 16).replace('T', ' ')} UTC, ${author && typeof author === 'object' ? author.email : 'author unknown'}: ${text}`

const cell = (doc: ContactSubmission, column: (typeof columns)[number]) => {
  if (column === 'notes') return (doc.notes ?? []).map(noteLine).join('\n')
  const value = doc[column]
  if (Array.isArray(value)) return value.join(' ')
  if (value && typeof value === 'object' && 'email' in value) return value.email
  return value
}

/**
 * `GET /api/contact-submissions/export` (add `where[...]` filters, as for the list): a CSV of the
 * matching submissions, newest first. It reads with the caller's access, so only managers and
 * admins get one (403 for everyone else), and the read is audited as an export.
 */
export const exportContactSubmissions: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const { docs } = await req.payload.find({
      collection: collectionSlugs.contactSubmissions,
      where: (req.query.where ?? {}) as Where,
      sort: '-createdAt',
      depth: 1,
      pagination: false,
      overrideAccess: false,
      req,
      context: { auditAction: 'export' },
    })
    const csv = [toCsvLine([...columns]), ...docs.map((doc) => toCsvLine(columns.map((column) => cell(doc, column))))].join('\r\n')
    const date = new Date().toISOString().slice(0, 10)
    return new Response(`${csv}\r\n`, {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="contact-submissions-${date}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
