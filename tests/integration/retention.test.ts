import type { Payload } from 'payload'

import { jest } from '@jest/globals'
import { createLocalReq } from 'payload'

import { applyContactRetention } from '../../src/jobs/applyContactRetention'
import { collectionSlugs, taskSlugs } from '../../src/slugs'
import { startPayload } from '../helpers/api'
import { submission } from '../helpers/intake'

const slug = collectionSlugs.contactSubmissions
let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload.destroy()
})

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600_000).toISOString()
const backdated = async (days: number, status = 'new') =>
  (await payload.create({ collection: slug, data: { ...submission(payload), status, createdAt: daysAgo(days) } as never })).id
const exists = async (id: number | string) => (await payload.count({ collection: slug, where: { id: { equals: id } } })).totalDocs === 1

/** Queues the retention task and runs it as the scheduler would; returns the job's output. */
const runRetention = async () => {
  const job = await payload.jobs.queue({ task: taskSlugs.applyContactRetention, input: {}, queue: 'nightly' })
  await payload.jobs.run({ queue: 'nightly' })
  const log = (await payload.find({ collection: 'payload-jobs', where: { id: { equals: job.id } } })).docs[0]
  // Completed jobs are deleted; a failed one would still be here with its error.
  expect(log).toBeUndefined()
  return job
}

test('deletes submissions older than 365 days and spam older than 30 days, nothing else; running again deletes nothing', async () => {
  const keep = {
    fresh: await backdated(1),
    almostAYear: await backdated(364, 'closed'),
    freshSpam: await backdated(29, 'spam'),
  }
  const remove = {
    overAYear: await backdated(366, 'closed'),
    overAYearNew: await backdated(400),
    oldSpam: await backdated(31, 'spam'),
  }
  const info = jest.spyOn(payload.logger, 'info')
  await runRetention()
  for (const id of Object.values(keep)) expect(await exists(id)).toBe(true)
  for (const id of Object.values(remove)) expect(await exists(id)).toBe(false)
  expect(info).toHaveBeenCalledWith('Contact retention: deleted 2 submissions older than 365 days and 1 spam older than 30 days')

  const before = (await payload.count({ collection: slug })).totalDocs
  await runRetention()
  expect((await payload.count({ collection: slug })).totalDocs).toBe(before)
  expect(info).toHaveBeenLastCalledWith('Contact retention: deleted 0 submissions older than 365 days and 0 spam older than 30 days')
  info.mockRestore()
})

test('each deletion is audited as the retention job', async () => {
  const id = await backdated(500)
  await runRetention()
  const { docs } = await payload.find({ collection: collectionSlugs.auditEvents, where: { action: { equals: 'delete' } } })
  expect(docs.find((event) => event.documentIds?.includes(String(id)))).toMatchObject({
    actor: `system: ${taskSlugs.applyContactRetention}`,
    actorId: null,
    collectionSlug: slug,
  })
})

test('the task runs nightly on its own queue', () => {
  const task = payload.config.jobs.tasks?.find((candidate) => candidate.slug === taskSlugs.applyContactRetention)
  expect(task?.schedule).toEqual([{ cron: '0 3 * * *', queue: 'nightly' }])
})

test('the periods are configurable (intake.retentionDays, intake.spamRetentionDays)', async () => {
  const tenDays = await backdated(11)
  const nineDays = await backdated(9)
  const spamTwoDays = await backdated(2, 'spam')
  const task = applyContactRetention({ retentionDays: 10, spamRetentionDays: 1 })
  const req = await createLocalReq({}, payload)
  const result = await (task.handler as Function)({ input: {}, req })
  // Earlier tests left older records too; these three show where the lines now fall.
  expect(result.output.deleted).toBeGreaterThanOrEqual(1)
  expect(result.output.deletedSpam).toBeGreaterThanOrEqual(1)
  expect([await exists(tenDays), await exists(nineDays), await exists(spamTwoDays)]).toEqual([false, true, false])
})
