import type { Payload, Where } from 'payload'

type Props = { payload: Payload; id?: number | string; collectionSlug?: string; global?: string }
type Scheduled = { id: number | string; waitUntil?: string | null; input?: { type?: string; timezone?: string } | null }

/** Pending scheduled publishes and unpublishes of one document or global, soonest first (as Payload's drawer finds them). */
export const scheduledChanges = async ({ payload, id, collectionSlug, global }: Props): Promise<Scheduled[]> => {
  const target: Where[] = global
    ? [{ 'input.global': { equals: global } }]
    : [{ 'input.doc.value': { equals: String(id) } }, { 'input.doc.relationTo': { equals: collectionSlug } }]
  const { docs } = await payload.db.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { waitUntil: { greater_than: new Date().toISOString() } }, ...target] },
    sort: 'waitUntil',
    limit: 0,
    pagination: false,
  })
  return docs as Scheduled[]
}

/** "Publish on 3 Dec 2026, 10:00 (Europe/London)": the time in the zone it was scheduled in. */
export const describeScheduled = ({ waitUntil, input }: Scheduled, fallbackZone: string) => {
  const timeZone = input?.timezone || fallbackZone
  const when = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(waitUntil!))
  return `${input?.type === 'unpublish' ? 'Unpublish' : 'Publish'} on ${when} (${timeZone})`
}

/**
 * In the sidebar of content with drafts: the publishes and unpublishes scheduled for it, so a
 * document that says "Published" also says what is about to change. They are cancelled where
 * they are made (Publish ▾ → Schedule Publish, for those who may publish).
 */
export const ScheduledChanges = async ({ payload, id, collectionSlug, global }: Props) => {
  if (!global && id === undefined) return null
  const pending = await scheduledChanges({ payload, id, collectionSlug, global })
  if (pending.length === 0) return null
  const zone = payload.config.admin.timezones?.defaultTimezone ?? 'UTC'
  return (
    <div className="scheduled-changes field-type">
      <h4>Scheduled</h4>
      <ul>
        {pending.map((job) => (
          <li key={job.id}>{describeScheduled(job, zone)}</li>
        ))}
      </ul>
      <p className="scheduled-changes__how">To cancel one: Publish ▾ → Schedule Publish, then delete it from the list.</p>
    </div>
  )
}

type CellProps = { payload: Payload; collectionSlug: string; rowData?: { id?: number | string } }

/**
 * In the list: what is scheduled for each row ("Publish on 3 Dec 2026, 10:00 (UTC)"), or nothing.
 * Payload also draws the columns with no row (the list drawers of a document's relationship
 * fields build their table before they have documents): nothing to show then.
 */
export const ScheduledChangesCell = async ({ payload, collectionSlug, rowData }: CellProps) => {
  if (rowData?.id == null) return null
  const pending = await scheduledChanges({ payload, id: rowData.id, collectionSlug })
  const zone = payload.config.admin.timezones?.defaultTimezone ?? 'UTC'
  return <span className="scheduled-changes__cell">{pending.map((job) => describeScheduled(job, zone)).join('; ')}</span>
}
