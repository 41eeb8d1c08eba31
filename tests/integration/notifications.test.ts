import type { Payload } from 'payload'

import { collectionSlugs, taskSlugs } from '../../src/slugs'
import { rest, startPayload } from '../helpers/api'
import { itUnlessFerret } from '../helpers/ferret'
import { captureEmails, submission } from '../helpers/intake'
import { tokenFor } from '../helpers/users'

const slug = collectionSlugs.contactSubmissions
let payload: Payload
let email: ReturnType<typeof captureEmails>
const managerEmails: string[] = []

beforeAll(async () => {
  payload = await startPayload()
  email = captureEmails(payload)
  await tokenFor(payload, 'admin')
  for (let i = 0; i < 2; i++) managerEmails.push((await tokenFor(payload, 'manager')).user.email)
})
afterAll(async () => {
  await payload.destroy()
})

beforeEach(() => {
  email.sent.length = 0
  email.failWith = undefined
})

/** The email jobs still queued for a submission (Payload deletes a job once it completes). */
const jobsFor = async (id: number | string) =>
  (
    await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: taskSlugs.notifyStaffOfSubmission } }, pagination: false })
  ).docs.filter((job) => (job.input as { submissionId?: string })?.submissionId === String(id))

const personal = {
  name: 'Zelda Quimby',
  email: 'zelda.quimby@example.com',
  phone: '+1 555 999 1234',
  message: 'I have been struggling with depression for years and want to try KAP.',
}

test('a new submission emails every manager its inquiry type and admin link, and nothing personal', async () => {
  const res = await rest('POST', `/${slug}`, { body: submission(payload, { ...personal, inquiryType: 'provider-discount' }) })
  expect(res.status).toBe(201)
  // Queued with the submission, sent by the job runner: the request never waits for SMTP.
  expect(email.sent).toHaveLength(0)
  expect(await jobsFor(res.body.id)).toHaveLength(1)

  await payload.jobs.run()
  expect(email.sent).toHaveLength(1)
  expect(await jobsFor(res.body.id)).toHaveLength(0)
  const [sent] = email.sent
  expect([...(sent.to as string[])].sort()).toEqual([...managerEmails].sort())
  expect(sent.subject).toBe('New contact submission: Provider discount')
  expect(sent.text).toContain(`/admin/collections/${slug}/${res.body.id}`)
  expect(sent.text).toContain('(Provider discount)')
  const everything = JSON.stringify(sent)
  for (const value of Object.values(personal)) expect(everything).not.toContain(value)
  expect(everything).not.toMatch(/zelda|quimby|depression/i)
})

itUnlessFerret('it has no transactions, so the submission stays')('a submission whose email job cannot be queued is not stored either (one transaction)', async () => {
  const before = (await payload.count({ collection: slug })).totalDocs
  const queue = payload.jobs.queue
  payload.jobs.queue = (async () => {
    throw new Error('queue unavailable')
  }) as typeof queue
  try {
    const res = await rest('POST', `/${slug}`, { body: submission(payload) })
    expect(res.status).toBe(500)
  } finally {
    payload.jobs.queue = queue
  }
  expect((await payload.count({ collection: slug })).totalDocs).toBe(before)
})

test('spam sends no email', async () => {
  const res = await rest('POST', `/${slug}`, { body: submission(payload, { website: 'bot' }) })
  expect(await jobsFor(res.body.id)).toHaveLength(0)
  await payload.jobs.run()
  expect(email.sent).toHaveLength(0)
})

test('a failing mail server loses nothing: the submission is stored, the job retries and then sends', async () => {
  email.failWith = new Error('SMTP 421 service not available')
  const res = await rest('POST', `/${slug}`, { body: submission(payload) })
  expect(res.status).toBe(201)

  await payload.jobs.run()
  expect(email.sent).toHaveLength(0)
  const [failed] = await jobsFor(res.body.id)
  expect(failed).toMatchObject({ totalTried: 1, hasError: false })
  expect(failed.completedAt ?? null).toBeNull()
  expect(failed.log?.[0]).toMatchObject({ state: 'failed' })
  // The submission is there whatever happens to the email.
  expect((await payload.findByID({ collection: slug, id: res.body.id })).status).toBe('new')

  // The mail server is back; the retry (here run now, not after the backoff) sends it.
  email.failWith = undefined
  await payload.jobs.runByID({ id: failed.id })
  expect(email.sent).toHaveLength(1)
  expect(await jobsFor(res.body.id)).toHaveLength(0)
})

test('a submission deleted before its email went out sends nothing, and the job still completes', async () => {
  const res = await rest('POST', `/${slug}`, { body: submission(payload) })
  await payload.delete({ collection: slug, id: res.body.id })
  await payload.jobs.run()
  expect(email.sent).toHaveLength(0)
  expect(await jobsFor(res.body.id)).toHaveLength(0)
})
