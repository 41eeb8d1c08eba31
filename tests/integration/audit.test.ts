import type { Payload } from 'payload'

import { collectionSlugs } from '../../src/slugs'
import { graphql, idType, rest, startPayload } from '../helpers/api'
import { submission } from '../helpers/intake'
import { tokenFor } from '../helpers/users'

const slug = collectionSlugs.contactSubmissions
const audit = collectionSlugs.auditEvents
let payload: Payload
let admin: Awaited<ReturnType<typeof tokenFor>>
let manager: Awaited<ReturnType<typeof tokenFor>>

beforeAll(async () => {
  payload = await startPayload()
  admin = await tokenFor(payload, 'admin')
  manager = await tokenFor(payload, 'manager')
})
afterAll(async () => {
  await payload.destroy()
})

const created = new Map<string, string>()
const newSubmission = async () => {
  const doc = await payload.create({ collection: slug, data: submission(payload) as never })
  created.set(String(doc.id), doc.createdAt)
  return doc.id
}
/**
 * Audit events that mention the submission, oldest first. Only those since it was created:
 * SQLite may give a new row the id of a deleted one (see docs/managers.md, "Access audit").
 */
const eventsFor = async (id: number | string) =>
  (
    await payload.find({
      collection: audit,
      where: { and: [{ documentIds: { in: [String(id)] } }, { createdAt: { greater_than_equal: created.get(String(id)) } }] },
      sort: 'createdAt',
      pagination: false,
    })
  ).docs

describe('what is recorded', () => {
  test('a manager reading one submission over REST: who, what, which, how, when', async () => {
    const id = await newSubmission()
    const before = Date.now()
    await rest('GET', `/${slug}/${id}`, { token: manager.token })
    const [event] = await eventsFor(id)
    expect(event).toMatchObject({
      action: 'read',
      collectionSlug: slug,
      documentIds: [String(id)],
      actor: manager.user.email,
      actorId: String(manager.user.id),
      api: 'REST',
    })
    expect(new Date(event.createdAt).getTime()).toBeGreaterThanOrEqual(before - 1000)
  })

  test('a list records every id it showed, once per request; GraphQL reads too', async () => {
    const ids = [await newSubmission(), await newSubmission()]
    await rest('GET', `/${slug}?where[id][in]=${ids.join(',')}`, { token: admin.token })
    await graphql(`query ($id: ${idType}) { ContactSubmission(id: $id) { email } }`, { token: admin.token, variables: { id: ids[0] } })
    const events = await eventsFor(ids[0])
    expect(events.map((event) => [event.action, event.api])).toEqual([
      ['list', 'REST'],
      ['read', 'GraphQL'],
    ])
    expect([...events[0].documentIds!].sort()).toEqual(ids.map(String).sort())
  })

  test('a count with a where answers a question about the submissions it matched: recorded like a list of them, over REST and GraphQL', async () => {
    const ids = [await newSubmission(), await newSubmission()]
    const other = await newSubmission()
    const counted = await rest('GET', `/${slug}/count?where[id][in]=${ids.join(',')}`, { token: manager.token })
    expect(counted.body).toEqual({ totalDocs: 2 })
    const gqlCounted = await graphql(`query ($id: ${idType}) { countContactSubmissions(where: { id: { equals: $id } }) { totalDocs } }`, {
      token: admin.token,
      variables: { id: ids[0] },
    })
    expect(gqlCounted.body.data.countContactSubmissions.totalDocs).toBe(1)
    const events = await eventsFor(ids[0])
    expect(events.map((event) => [event.action, event.actor, event.api])).toEqual([
      ['list', manager.user.email, 'REST'],
      ['list', admin.user.email, 'GraphQL'],
    ])
    expect([...events[0].documentIds!].sort()).toEqual(ids.map(String).sort())
    expect(await eventsFor(other)).toEqual([])
  })

  test('a count of everything (no where) names no submission: not recorded', async () => {
    const id = await newSubmission()
    expect((await rest('GET', `/${slug}/count`, { token: manager.token })).status).toBe(200)
    expect(await eventsFor(id)).toEqual([])
  })

  test('an update records the fields that changed, never their values', async () => {
    const id = await newSubmission()
    await rest('PATCH', `/${slug}/${id}`, { token: manager.token, body: { status: 'in-progress', addNote: 'Secret note' } })
    const update = (await eventsFor(id)).find((event) => event.action === 'update')!
    expect([...update.changedFields!].sort()).toEqual(['notes', 'status'])
    expect(JSON.stringify(update)).not.toContain('Secret note')
  })

  test('a delete is recorded, and the record outlives the submission', async () => {
    const id = await newSubmission()
    await rest('DELETE', `/${slug}/${id}`, { token: manager.token })
    expect((await payload.count({ collection: slug, where: { id: { equals: id } } })).totalDocs).toBe(0)
    expect((await eventsFor(id)).map((event) => event.action)).toContain('delete')
  })

  test('server code without a user (jobs, notifications) reading submissions is not a person reading: not recorded', async () => {
    const id = await newSubmission()
    await payload.findByID({ collection: slug, id })
    expect(await eventsFor(id)).toEqual([])
  })

  test('refused reads record nothing', async () => {
    const id = await newSubmission()
    expect((await rest('GET', `/${slug}/${id}`)).status).toBe(403)
    expect(await eventsFor(id)).toEqual([])
  })
})

describe('append-only', () => {
  let eventId: number | string
  beforeAll(async () => {
    const id = await newSubmission()
    await rest('GET', `/${slug}/${id}`, { token: manager.token })
    eventId = (await eventsFor(id))[0].id
  })

  test('not even an admin can edit or delete an event over REST, nor create one', async () => {
    expect((await rest('PATCH', `/${audit}/${eventId}`, { token: admin.token, body: { actor: 'someone else' } })).status).toBe(403)
    expect((await rest('DELETE', `/${audit}/${eventId}`, { token: admin.token })).status).toBe(403)
    expect((await rest('PATCH', `/${audit}?where[id][equals]=${eventId}`, { token: admin.token, body: { actor: 'x' } })).status).toBe(403)
    expect((await rest('DELETE', `/${audit}?where[id][equals]=${eventId}`, { token: admin.token })).status).toBe(403)
    const create = await rest('POST', `/${audit}`, {
      token: admin.token,
      body: { action: 'read', collectionSlug: slug, actor: 'forged' },
    })
    expect(create.status).toBe(403)
  })

  test('nor over GraphQL', async () => {
    const update = await graphql(`mutation ($id: ${idType}) { updateAuditEvent(id: $id, data: { actor: "x" }) { id } }`, {
      token: admin.token,
      variables: { id: eventId },
    })
    expect(update.body.errors[0].extensions.statusCode).toBe(403)
    const remove = await graphql(`mutation ($id: ${idType}) { deleteAuditEvent(id: $id) { id } }`, { token: admin.token, variables: { id: eventId } })
    expect(remove.body.errors[0].extensions.statusCode).toBe(403)
  })

  test('nor server code through the Local API, even with overrideAccess', async () => {
    await expect(payload.update({ collection: audit, id: eventId, data: { actor: 'x' }, overrideAccess: true })).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: audit, id: eventId, overrideAccess: true })).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: audit, where: { id: { exists: true } } })).rejects.toMatchObject({ status: 403 })
  })

  test('the event is unchanged after all that', async () => {
    const event = await payload.findByID({ collection: audit, id: eventId })
    expect(event.actor).toBe(manager.user.email)
  })

  test('admins read the log; managers, editors and the public cannot', async () => {
    expect((await rest('GET', `/${audit}`, { token: admin.token })).status).toBe(200)
    expect((await rest('GET', `/${audit}`, { token: manager.token })).status).toBe(403)
    expect((await rest('GET', `/${audit}`)).status).toBe(403)
  })
})
