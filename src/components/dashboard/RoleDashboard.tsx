import type { Payload, TypedUser } from 'payload'

import { userHasRole } from '../../access/roles'
import { managerStats } from '../../dashboard/managerStats'
import { formatDuration } from '../../dashboard/submissionStats'
import { selectOptions } from '../../fields/selectOptions'
import { collectionSlugs } from '../../slugs'
import { inquiryTypes } from '../../validation/contactSubmission'
import { SubmissionsChart } from './SubmissionsChart'

type Props = { payload: Payload; user?: TypedUser | null }
type Reviewed = typeof collectionSlugs.articles | typeof collectionSlugs.services
type Row = { id: number | string; title: string; href: string; updatedAt: string }

const reviewed: Reviewed[] = [collectionSlugs.articles, collectionSlugs.services]
const inquiryLabels = Object.fromEntries(selectOptions(inquiryTypes).map(({ label, value }) => [value, label])) as Record<(typeof inquiryTypes)[number], string>
const day = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric' })

/** Articles and services matching `where` in their newest version (drafts included), as the user may see them. */
const contentRows = async ({ payload, user }: Props, where: Record<string, unknown>): Promise<Row[]> => {
  const lists = await Promise.all(
    reviewed.filter((collection) => collection in payload.collections).map(async (collection) => {
      const { docs } = await payload.find({ collection, where: where as never, draft: true, sort: '-updatedAt', limit: 10, depth: 0, overrideAccess: false, user })
      return docs.map((doc) => ({
        id: doc.id,
        title: 'title' in doc ? doc.title : doc.name,
        href: `${payload.config.routes.admin}/collections/${collection}/${doc.id}`,
        updatedAt: doc.updatedAt,
      }))
    }),
  )
  return lists.flat().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
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
            <a href={row.href}>{row.title}</a> <span className="role-dashboard__meta">changed {day.format(new Date(row.updatedAt))}</span>
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
 * The dashboard's first part (the plugin puts it before Payload's collection cards), by role: editors see drafts and what awaits review; clinical
 * reviewers their queue; managers the new-submission count, 12 weeks of submissions by inquiry
 * type and the median time to a first response. Admins see every part.
 */
export const RoleDashboard = async (props: Props) => {
  const { user, payload } = props
  const isEditor = userHasRole(user, 'editor')
  const isReviewer = userHasRole(user, 'admin', 'clinical-reviewer')
  const [manager, drafts, awaitingReview, overdue] = await Promise.all([
    userHasRole(user, 'admin', 'manager') && collectionSlugs.contactSubmissions in payload.collections ? managerNumbers(props) : null,
    isEditor || isReviewer ? contentRows(props, { _status: { equals: 'draft' } }) : [],
    isEditor ? contentRows(props, { reviewStatus: { equals: 'awaiting-review' } }) : [],
    isReviewer ? contentRows(props, { reviewStatus: { equals: 'overdue' } }) : [],
  ])
  return (
    <div className="role-dashboard">
      {manager && <ManagerPanel {...manager} />}
      {isEditor && (
        <>
          <ContentList heading="Drafts" empty="No unpublished drafts." rows={drafts} />
          <ContentList heading="Awaiting clinical review" empty="Nothing awaits a review." rows={awaitingReview} />
        </>
      )}
      {isReviewer && (
        <>
          <ContentList heading="Review queue: drafts to review and publish" empty="No drafts wait for you." rows={drafts} />
          <ContentList heading="Overdue for review" empty="Nothing is overdue." rows={overdue} />
        </>
      )}
    </div>
  )
}
