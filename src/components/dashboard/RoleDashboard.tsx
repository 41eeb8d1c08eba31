import type { Payload, TypedUser } from 'payload'

import { userHasRole } from '../../access/roles'
import { gradedMinimumWords } from '../../readability/analyzeReadability'
import { loadGlossaryRules } from '../../readability/readabilityCheck'
import { managerStats } from '../../dashboard/managerStats'
import { formatDuration } from '../../dashboard/submissionStats'
import { selectOptions } from '../../fields/selectOptions'
import { collectionSlugs, globalSlugs } from '../../slugs'
import { inquiryTypes } from '../../validation/contactSubmission'
import { SubmissionsChart } from './SubmissionsChart'

type Props = { payload: Payload; user?: TypedUser | null }
type Reviewed = typeof collectionSlugs.articles | typeof collectionSlugs.services
type Row = { id: number | string; title: string; href: string; updatedAt: string; note: string; createdBy?: number | string | null }
type Requested = { reviewRequest?: { status?: string | null; requestedByName?: string | null; requestedAt?: string | null; publishAt?: string | null; comment?: string | null } | null }

const reviewed: Reviewed[] = [collectionSlugs.articles, collectionSlugs.services]
const kinds: Record<Reviewed, string> = { articles: 'Article', services: 'Service' }
const inquiryLabels = Object.fromEntries(selectOptions(inquiryTypes).map(({ label, value }) => [value, label])) as Record<(typeof inquiryTypes)[number], string>
// The admin's date format (3 Dec 2026), without the time.
const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })

/** Articles and services matching `where` in their newest version (drafts included), as the user may see them. */
const contentRows = async ({ payload, user }: Props, where: Record<string, unknown>): Promise<Row[]> => {
  const lists = await Promise.all(
    reviewed.filter((collection) => collection in payload.collections).map(async (collection) => {
      const { docs } = await payload.find({ collection, where: where as never, draft: true, sort: '-updatedAt', limit: 10, depth: 0, overrideAccess: false, user })
      const kind = kinds[collection]
      return docs.map((doc) => ({
        id: doc.id,
        // An empty draft ("Create New", then left) still gets a line that can be opened.
        title: ('title' in doc ? doc.title : doc.name) || `(untitled ${kind.toLowerCase()})`,
        href: `${payload.config.routes.admin}/collections/${collection}/${doc.id}`,
        updatedAt: doc.updatedAt,
        note: requestNote(doc as Requested) ?? `${kind}, changed ${day.format(new Date(doc.updatedAt))}`,
        createdBy: doc.createdBy as number | string | null | undefined,
      }))
    }),
  )
  return lists.flat().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
}

/**
 * Drafts, the signed-in person's first, each with who started it. Staff accounts are not
 * readable to each other, so the names are looked up here, on the server, for this list only.
 */
const draftRows = async (props: Props): Promise<Row[]> => {
  const { payload, user } = props
  const rows = await contentRows(props, { _status: { equals: 'draft' } })
  const ids = [...new Set(rows.map((row) => row.createdBy).filter((id) => id != null))]
  const { docs: people } = await payload.find({
    collection: payload.config.admin.user as typeof collectionSlugs.users,
    where: { id: { in: ids } },
    select: { name: true, email: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const nameOf = new Map<number | string, string>(people.map((person) => [person.id, person.name || person.email]))
  const mine = (row: Row) => (row.createdBy === user?.id ? 0 : 1)
  return rows
    .map((row) => ({ ...row, note: `${row.note}${row.createdBy === user?.id ? ', yours' : row.createdBy != null ? `, by ${nameOf.get(row.createdBy) ?? 'a former colleague'}` : ''}` }))
    .sort((a, b) => mine(a) - mine(b))
}

/** What a review request adds to a row: who submitted it and when, the date asked for, or the reviewer's comment. */
const requestNote = ({ reviewRequest: request }: Requested) => {
  if (request?.status === 'in-review')
    return `submitted by ${request.requestedByName} ${day.format(new Date(request.requestedAt!))}${request.publishAt ? `, publish on ${day.format(new Date(request.publishAt))} asked` : ''}`
  if (request?.status === 'sent-back') return `sent back: “${request.comment}”`
  return undefined
}

/** Clinic-info, as a row, when its newest version matches. */
const clinicInfoRow = async ({ payload, user }: Props, matches: (clinic: Requested) => boolean): Promise<Row[]> => {
  if (!payload.globals.config.some((global) => global.slug === globalSlugs.clinicInfo)) return []
  const clinic = (await payload.findGlobal({ slug: globalSlugs.clinicInfo, draft: true, depth: 0, overrideAccess: false, user })) as Requested & { updatedAt: string }
  if (!matches(clinic)) return []
  const note = requestNote(clinic) ?? `changed ${day.format(new Date(clinic.updatedAt))}`
  return [{ id: globalSlugs.clinicInfo, title: 'Clinic info', href: `${payload.config.routes.admin}/globals/${globalSlugs.clinicInfo}`, updatedAt: clinic.updatedAt, note }]
}

/**
 * What waits for a clinical reviewer, the one definition both editors and reviewers see:
 * first what editors submitted for review (oldest request first), then medical content never
 * reviewed, drafts and published alike (unless it was sent back: then it waits for its editor).
 */
const reviewQueue = async (props: Props): Promise<Row[]> => {
  const [submitted, clinic, neverReviewed] = await Promise.all([
    contentRows(props, { 'reviewRequest.status': { equals: 'in-review' } }),
    clinicInfoRow(props, (clinic) => clinic.reviewRequest?.status === 'in-review'),
    contentRows(props, { and: [{ reviewStatus: { equals: 'awaiting-review' } }, { 'reviewRequest.status': { equals: null } }] }),
  ])
  return [...[...submitted, ...clinic].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)), ...neverReviewed]
}

type Readable = Reviewed | typeof collectionSlugs.providerDiscounts
type Graded = { id: number | string; updatedAt: string; title?: string | null; name?: string | null; readability?: { grade?: number | null; overrideReason?: string | null } | null }

/**
 * Published pages whose reading grade (as stored on their last save, from 100 words) is above
 * the clinic's target now, hardest first: what a reviewer may want rewritten, or covered by an
 * override reason (said on the line).
 */
const aboveTarget = async ({ payload, user }: Props): Promise<Row[]> => {
  const { targetGrade } = await loadGlossaryRules(payload)
  const readable: Readable[] = [...reviewed, collectionSlugs.providerDiscounts]
  const lists = await Promise.all(
    readable.filter((collection) => collection in payload.collections).map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        where: { and: [{ _status: { equals: 'published' } }, { 'readability.words': { greater_than_equal: gradedMinimumWords } }, { 'readability.grade': { greater_than: targetGrade } }] },
        sort: '-readability.grade',
        limit: 10,
        depth: 0,
        overrideAccess: false,
        user,
      })
      return (docs as Graded[]).map((doc) => {
        const grade = doc.readability!.grade!
        return {
          id: doc.id,
          title: doc.title || doc.name || '(untitled)',
          href: `${payload.config.routes.admin}/collections/${collection}/${doc.id}`,
          updatedAt: doc.updatedAt,
          grade,
          note: `grade ${grade}, target ${targetGrade}${doc.readability?.overrideReason ? ' (override recorded)' : ''}`,
        }
      })
    }),
  )
  return lists
    .flat()
    .sort((a, b) => b.grade - a.grade)
    .slice(0, 10)
}

const ContentList = ({ heading, empty, rows }: { heading: string; empty: string; rows: Row[] }) => (
  <section className="role-dashboard__panel">
    <h2>{heading}</h2>
    {rows.length === 0 ? (
      <p className="role-dashboard__empty">{empty}</p>
    ) : (
      <ul>
        {rows.map((row) => (
          <li key={row.href}>
            <a href={row.href}>{row.title}</a>{' '}
            <span className="role-dashboard__meta">{row.note}</span>
          </li>
        ))}
      </ul>
    )}
  </section>
)

type ManagerNumbers = Awaited<ReturnType<typeof managerStats>> & { newCount: number; newHref: string }

const ManagerPanel = ({ rows, medianFirstResponseMs, answered, newCount, newHref }: ManagerNumbers) => (
  <section className="role-dashboard__panel role-dashboard__panel--wide">
    <h2>
      <a href={newHref}>{newCount === 1 ? '1 new contact submission' : `${newCount} new contact submissions`}</a>
    </h2>
    <p>
      Median time to first response (a submission leaving <em>New</em>), last 12 weeks:{' '}
      <strong>{medianFirstResponseMs === null ? 'no responses yet' : `${formatDuration(medianFirstResponseMs)} (${answered} answered)`}</strong>
    </p>
    <SubmissionsChart rows={rows} types={inquiryTypes} labels={inquiryLabels} />
  </section>
)

/** The manager panel's numbers; the count of new submissions is read with the user's access. */
const managerNumbers = async ({ payload, user }: Props): Promise<ManagerNumbers> => {
  const { totalDocs } = await payload.count({ collection: collectionSlugs.contactSubmissions, where: { status: { equals: 'new' } }, overrideAccess: false, user })
  return {
    ...(await managerStats(payload)),
    newCount: totalDocs,
    newHref: `${payload.config.routes.admin}/collections/${collectionSlugs.contactSubmissions}?where[status][equals]=new`,
  }
}

/**
 * The dashboard's first part (the plugin puts it before Payload's collection cards), by role: editors see what was sent
 * back, drafts and what awaits review; clinical reviewers the same review queue; managers the new-submission count, 12 weeks of submissions by inquiry
 * type and the median time to a first response. Admins see every part. Reviewers also see published pages above the reading target.
 */
export const RoleDashboard = async (props: Props) => {
  const { user, payload } = props
  const isEditor = userHasRole(user, 'editor')
  const isReviewer = userHasRole(user, 'admin', 'clinical-reviewer')
  const [manager, drafts, queue, sentBack, overdue, hardToRead] = await Promise.all([
    userHasRole(user, 'admin', 'manager') && collectionSlugs.contactSubmissions in payload.collections ? managerNumbers(props) : null,
    isEditor ? draftRows(props) : [],
    isEditor || isReviewer ? reviewQueue(props) : [],
    isEditor ? contentRows(props, { 'reviewRequest.status': { equals: 'sent-back' } }) : [],
    isReviewer ? contentRows(props, { reviewStatus: { equals: 'overdue' } }) : [],
    isReviewer ? aboveTarget(props) : [],
  ])
  return (
    <div className="role-dashboard">
      {manager && <ManagerPanel {...manager} />}
      {isEditor && (
        <>
          <ContentList heading="Sent back to editors" empty="Nothing was sent back." rows={sentBack} />
          <ContentList heading="Drafts" empty="No unpublished drafts." rows={drafts} />
          <ContentList heading="Awaiting clinical review" empty="Nothing awaits a review." rows={queue} />
        </>
      )}
      {isReviewer && (
        <>
          <ContentList heading="Review queue: submitted for review first, then never reviewed" empty="Nothing waits for a review." rows={queue} />
          <ContentList heading="Overdue for review" empty="Nothing is overdue." rows={overdue} />
          <ContentList heading="Published above the reading target, hardest first" empty="Everything published reads at or below the target." rows={hardToRead} />
        </>
      )}
    </div>
  )
}
