import type { Payload } from 'payload'

import { renderToStaticMarkup } from 'react-dom/server'

import { ScheduledChanges, ScheduledChangesCell } from '../../src/components/ScheduledChanges'
import { collectionSlugs, globalSlugs } from '../../src/slugs'
import { rest, startPayload } from '../helpers/api'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload.destroy()
})

/** What the admin's Schedule Publish does (@payloadcms/ui schedulePublishHandler). */
const schedule = (target: { doc?: { relationTo: string; value: string }; global?: string }, type: 'publish' | 'unpublish', waitUntil: string, timezone?: string) =>
  payload.jobs.queue({ task: 'schedulePublish', input: { type, ...target, timezone } as never, waitUntil: new Date(waitUntil) })

const render = async (props: Omit<Parameters<typeof ScheduledChanges>[0], 'payload'>) =>
  renderToStaticMarkup(await ScheduledChanges({ payload, ...props }))

test('the admin schedules in the clinic’s time zone by default', () => {
  expect(payload.config.admin.timezones.defaultTimezone).toBe(process.env.CLINIC_TIME_ZONE || 'UTC')
  expect(payload.config.admin.timezones.supportedTimezones.map(({ value }) => value)).toContain(payload.config.admin.timezones.defaultTimezone)
})

test('Clinic info shows the clinic’s time zone, read-only: what is sent for it is not kept', async () => {
  const zone = payload.config.admin.timezones.defaultTimezone
  await payload.updateGlobal({ slug: globalSlugs.clinicInfo, data: { name: 'ALT.', timeZone: 'Europe/Paris', _status: 'published' } as never })
  const { status, body } = await rest('GET', `/globals/${globalSlugs.clinicInfo}`)
  expect({ status, timeZone: body.timeZone }).toEqual({ status: 200, timeZone: zone })
  expect(zone).not.toBe('Europe/Paris')
})

test('a discount with a scheduled change says when, in the zone it was scheduled in, soonest first; past and other documents’ jobs are not listed', async () => {
  const discount = await payload.create({
    collection: collectionSlugs.providerDiscounts,
    data: { title: 'Scheduled offer', eligibility: 'Nurses.', _status: 'published' } as never,
    context: { seeding: true },
  })
  const other = await payload.create({ collection: collectionSlugs.providerDiscounts, data: { title: 'Other offer', eligibility: 'Nurses.' } as never, draft: true })
  const doc = { relationTo: collectionSlugs.providerDiscounts, value: String(discount.id) }
  expect(await render({ id: discount.id, collectionSlug: collectionSlugs.providerDiscounts })).toBe('')

  await schedule({ doc }, 'unpublish', '2027-01-31T23:00:00Z', 'Europe/London')
  await schedule({ doc }, 'publish', '2027-01-04T15:00:00Z', 'America/New_York')
  await schedule({ doc: { relationTo: collectionSlugs.providerDiscounts, value: String(other.id) } }, 'publish', '2027-01-05T09:00:00Z')
  const html = await render({ id: discount.id, collectionSlug: collectionSlugs.providerDiscounts })
  const items = [...html.matchAll(/<li>(.*?)<\/li>/g)].map((match) => match[1])
  expect(items).toEqual(['Publish on 4 Jan 2027, 10:00 (America/New_York)', 'Unpublish on 31 Jan 2027, 23:00 (Europe/London)'])
  expect(html).toContain('Schedule Publish')

  // The list's column: the same, on one line; nothing for a column drawn without a row (Payload
  // does that in a document's relationship drawers).
  const cell = (rowData?: { id: number | string }) =>
    ScheduledChangesCell({ payload, collectionSlug: collectionSlugs.providerDiscounts, rowData }).then((element) => renderToStaticMarkup(element))
  expect(await cell({ id: discount.id })).toContain('Publish on 4 Jan 2027, 10:00 (America/New_York); Unpublish on 31 Jan 2027, 23:00 (Europe/London)')
  expect(await cell()).toBe('')
})

test('a global’s scheduled change, without a zone, is shown in the clinic’s', async () => {
  await schedule({ global: globalSlugs.clinicInfo }, 'publish', '2027-02-01T12:00:00Z')
  const zone = payload.config.admin.timezones.defaultTimezone!
  const when = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: zone }).format(new Date('2027-02-01T12:00:00Z'))
  expect(await render({ global: globalSlugs.clinicInfo })).toContain(`<li>Publish on ${when} (${zone})</li>`)
})
