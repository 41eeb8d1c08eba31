import type { Payload } from 'payload'

import { jest } from '@jest/globals'

import { collectionSlugs, taskSlugs } from '../../src/slugs'
import { rest, startPayload } from '../helpers/api'
import { captureEmails, submission } from '../helpers/intake'
import { tokenFor } from '../helpers/users'

const slug = collectionSlugs.contactSubmissions
const task = taskSlugs.notifyStaffOfSubmissions
let payload: Payload
let email: ReturnType<typeof captureEmails>

beforeAll(async () => {
  payload = await startPayload()
  email = captureEmails(payload)
})
afterAll(async () => {
  await payload.destroy()
})

beforeEach(() => {
  email.sent.length = 0
  email.failWith = undefined
})
afterEach(() => {
  jest.restoreAllMocks()
})

/** Queues the sweep and runs it, as the server's scheduler does every minute; it must complete. */
const sweep = async () => {
  const job = await payload.jobs.queue({ task, input: {} })
  const { jobStatus } = await payload.jobs.run()
  expect(jobStatus?.[job.id]).toEqual({ status: 'success' })
}

const post = async (change: Record<string, unknown> = {}) => {
  const res = await rest('POST', `/${slug}`, { body: submission(payload, change) })
  expect(res.status).toBe(201)
  return res.body.id as number | string
}
const notifiedAt = async (id: number | string) => (await payload.findByID({ collection: slug, id })).staffNotifiedAt ?? null
const linkTo = (id: number | string) => `/admin/collections/${slug}/${id}`

const personal = {
  name: 'Zelda Quimby',
  email: 'zelda.quimby@example.com',
  phone: '+1 555 999 1234',
  message: 'I have been struggling with depression for years and want to try KAP.',
}

test('the server’s scheduler queues the sweep on the default queue, which it runs every minute', async () => {
  expect(payload.config.jobs.tasks?.find((each) => each.slug === task)?.schedule).toEqual([{ cron: '* * * * *', queue: 'default' }])
  await payload.jobs.handleSchedules()
  const { docs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: task } } })
  expect(docs).toEqual([expect.objectContaining({ queue: 'default', meta: { scheduled: true } })])
  // Due at the next minute; removed so the runs below are only the ones each test queues.
  await payload.delete({ collection: 'payload-jobs', id: docs[0].id })
})

describe('before there is a manager', () => {
  test('with no staff to email, nothing is sent or stamped; once an admin exists, the next run emails the admin', async () => {
    const id = await post()
    const warn = jest.spyOn(payload.logger, 'warn')
    await sweep()
    expect(email.sent).toHaveLength(0)
    expect(await notifiedAt(id)).toBeNull()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('wait for a staff email'))

    const admin = await tokenFor(payload, 'admin')
    await sweep()
    expect(email.sent.map((sent) => sent.to)).toEqual([[admin.user.email]])
    expect(await notifiedAt(id)).not.toBeNull()
  })
})

describe('with managers', () => {
  let manager: Awaited<ReturnType<typeof tokenFor>>
  const managerEmails: string[] = []
  beforeAll(async () => {
    manager = await tokenFor(payload, 'manager')
    managerEmails.push(manager.user.email, (await tokenFor(payload, 'manager')).user.email)
  })

  test('a new submission emails every manager its inquiry type and admin link, and nothing personal; once', async () => {
    const id = await post({ ...personal, inquiryType: 'provider-discount' })
    // The request never waits for SMTP (nor queues anything): the next sweep sends it.
    expect(email.sent).toHaveLength(0)
    expect(await notifiedAt(id)).toBeNull()

    const before = Date.now()
    await sweep()
    expect(email.sent).toHaveLength(1)
    const [sent] = email.sent
    expect([...(sent.to as string[])].sort()).toEqual([...managerEmails].sort())
    expect(sent.subject).toBe('New contact submission: Provider discount')
    expect(sent.text).toContain(linkTo(id))
    expect(sent.text).toContain('(Provider discount)')
    const everything = JSON.stringify(sent)
    for (const value of Object.values(personal)) expect(everything).not.toContain(value)
    expect(everything).not.toMatch(/zelda|quimby|depression/i)

    // Managers see when staff were told; the next run has nothing to send.
    const { body: doc } = await rest('GET', `/${slug}/${id}`, { token: manager.token })
    expect(new Date(doc.staffNotifiedAt).getTime()).toBeGreaterThanOrEqual(before - 1000)
    await sweep()
    expect(email.sent).toHaveLength(1)
  })

  test('several waiting submissions get one email each in one run, oldest first', async () => {
    const ids = [await post({ inquiryType: 'general' }), await post({ inquiryType: 'appointment' }), await post({ inquiryType: 'general' })]
    await sweep()
    expect(email.sent.map((sent) => sent.text)).toEqual(ids.map((id) => expect.stringContaining(linkTo(id))))
    for (const id of ids) expect(await notifiedAt(id)).not.toBeNull()
  })

  test('spam sends no email and is not stamped', async () => {
    const id = await post({ website: 'bot' })
    await sweep()
    expect(email.sent).toHaveLength(0)
    expect(await notifiedAt(id)).toBeNull()
  })

  test('spam a manager moves back to new is emailed by the next run (a real person caught by mistake)', async () => {
    const id = await post({ website: 'autofilled' })
    await sweep()
    expect((await rest('PATCH', `/${slug}/${id}`, { token: manager.token, body: { status: 'new' } })).status).toBe(200)
    await sweep()
    expect(email.sent).toHaveLength(1)
    expect(email.sent[0].text).toContain(linkTo(id))
  })

  test('a submission someone takes up before the run is not emailed', async () => {
    const id = await post()
    expect((await rest('PATCH', `/${slug}/${id}`, { token: manager.token, body: { status: 'in-progress' } })).status).toBe(200)
    await sweep()
    expect(email.sent).toHaveLength(0)
    expect(await notifiedAt(id)).toBeNull()
  })

  test('a submission deleted before the run sends nothing', async () => {
    const id = await post()
    await payload.delete({ collection: slug, id })
    await sweep()
    expect(email.sent).toHaveLength(0)
  })

  test('a failing mail server loses nothing: the submissions are stored, none is marked, and the next run sends them', async () => {
    // A message of its own: the same one twice in a day would be screened as a duplicate.
    const ids = [await post({ ...personal, message: `${personal.message} Second try.` }), await post()]
    const smtpDown = new Error('SMTP 421 service not available')
    email.failWith = smtpDown
    const error = jest.spyOn(payload.logger, 'error')
    await sweep()
    expect(email.sent).toHaveLength(0)
    // The run stopped at the first failure, and said so without anything personal.
    expect(error.mock.calls).toEqual([[{ err: smtpDown, msg: expect.stringContaining(`contact submission ${ids[0]} failed`) }]])
    expect(JSON.stringify(error.mock.calls)).not.toMatch(/zelda|quimby|depression|555 999/i)
    for (const id of ids) {
      expect(await notifiedAt(id)).toBeNull()
      expect((await payload.findByID({ collection: slug, id })).status).toBe('new')
    }

    email.failWith = undefined
    await sweep()
    expect(email.sent.map((sent) => sent.text)).toEqual(ids.map((id) => expect.stringContaining(linkTo(id))))
    for (const id of ids) expect(await notifiedAt(id)).not.toBeNull()
  })

  test('a run during a burst of submissions: every submission stored, every stamp written, one email each', async () => {
    const before = await Promise.all(Array.from({ length: 10 }, () => post()))
    // The sweep stamps outside any transaction while the burst's transactions are open.
    const [during] = await Promise.all([Promise.all(Array.from({ length: 20 }, () => post())), sweep()])
    await sweep()
    const all = [...before, ...during]
    for (const id of all) expect(await notifiedAt(id)).not.toBeNull()
    // One email per submission: the ids their links name are exactly the submissions'.
    const linked = email.sent.map((sent) => String(sent.text).match(new RegExp(`${linkTo('')}(\\w+)`))?.[1])
    expect(linked.sort()).toEqual(all.map(String).sort())
  })

  test('stamping changes nothing else: not the other fields (hasMany spamReasons included), not updatedAt, no audit event', async () => {
    const id = await post({ website: 'autofilled', message: 'See https://a.example https://b.example https://c.example https://d.example' })
    const patched = await rest('PATCH', `/${slug}/${id}`, {
      token: manager.token,
      body: { status: 'new', assignedTo: manager.user.id, addNote: 'Call back after 5pm.' },
    })
    expect(patched.status).toBe(200)
    const before = await payload.findByID({ collection: slug, id, depth: 0 })
    expect([...(before.spamReasons ?? [])].sort()).toEqual(['honeypot', 'links'])
    const events = async () => (await payload.count({ collection: collectionSlugs.auditEvents })).totalDocs
    const eventsBefore = await events()

    await sweep()
    const after = await payload.findByID({ collection: slug, id, depth: 0 })
    expect(after.staffNotifiedAt).toBeTruthy()
    expect({ ...after, staffNotifiedAt: before.staffNotifiedAt }).toEqual(before)
    expect(await events()).toBe(eventsBefore)
  })

  describe('nobody can set staffNotifiedAt through the API', () => {
    test('an anonymous create with it is refused, like any field the public may not send', async () => {
      const res = await rest('POST', `/${slug}`, { body: submission(payload, { staffNotifiedAt: '2020-01-01T00:00:00.000Z' }) })
      expect(res.status).toBe(400)
      expect(res.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'staffNotifiedAt', message: 'Unknown field.' })])
    })

    test('a manager’s update with it is ignored (as for respondedAt), so the next run still emails', async () => {
      const id = await post()
      const res = await rest('PATCH', `/${slug}/${id}`, { token: manager.token, body: { staffNotifiedAt: '2020-01-01T00:00:00.000Z' } })
      expect(res.status).toBe(200)
      expect(res.body.doc.staffNotifiedAt ?? null).toBeNull()
      await sweep()
      expect(email.sent.map((sent) => sent.text)).toEqual([expect.stringContaining(linkTo(id))])
    })

    test('a manager’s create with it is ignored too', async () => {
      const res = await rest('POST', `/${slug}`, { token: manager.token, body: submission(payload, { staffNotifiedAt: '2020-01-01T00:00:00.000Z' }) })
      expect(res.status).toBe(201)
      expect(res.body.doc.staffNotifiedAt ?? null).toBeNull()
    })
  })
})
