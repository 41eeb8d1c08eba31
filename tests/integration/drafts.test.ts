import type { Payload } from 'payload'

import { paragraph, richText } from '../../seed/lexical'
import { collectionSlugs, taskSlugs } from '../../src/slugs'
import { graphql, idType, rest, startPayload } from '../helpers/api'
import { tokenFor } from '../helpers/users'

const slug = collectionSlugs.articles
let payload: Payload
let ann: Awaited<ReturnType<typeof tokenFor>>
let ben: Awaited<ReturnType<typeof tokenFor>>
let reviewer: Awaited<ReturnType<typeof tokenFor>>

beforeAll(async () => {
  payload = await startPayload()
  await tokenFor(payload, 'admin')
  ann = await tokenFor(payload, 'editor')
  ben = await tokenFor(payload, 'editor')
  reviewer = await tokenFor(payload, 'clinical-reviewer')
})
afterAll(async () => {
  await payload.destroy()
})

/** What "Create New" does in the admin: an empty draft, saved at once. */
const emptyDraft = async (token: string) => {
  const res = await rest('POST', `/${slug}?draft=true&autosave=true`, { token, body: {} })
  expect(res.status).toBe(201)
  return res.body.doc.id as number | string
}
const stored = (id: number | string) => payload.findByID({ collection: slug, id, draft: true, depth: 0, disableErrors: true })

describe('who made it', () => {
  test('the creator and the maker of each version are stamped by the server, and cannot be forged', async () => {
    const created = await rest('POST', `/${slug}?draft=true`, { token: ann.token, body: { title: 'Stamped', createdBy: ben.user.id, updatedBy: ben.user.id } })
    const id = created.body.doc.id
    expect(await stored(id)).toMatchObject({ createdBy: ann.user.id, updatedBy: ann.user.id })
    await rest('PATCH', `/${slug}/${id}?draft=true`, { token: ben.token, body: { title: 'Stamped, edited', createdBy: ben.user.id } })
    expect(await stored(id)).toMatchObject({ createdBy: ann.user.id, updatedBy: ben.user.id })
    // Each version keeps who made it.
    const { docs } = await payload.findVersions({ collection: slug, where: { parent: { equals: id } }, sort: 'createdAt', depth: 0 })
    expect(docs.map((version) => version.version.updatedBy)).toEqual([ann.user.id, ben.user.id])
  })

  test('the public never sees who made it', async () => {
    const doc = await payload.create({ collection: slug, data: { title: 'Public one', body: richText([paragraph('Text.')]), _status: 'published' } as never, context: { seeding: true } })
    const res = await rest('GET', `/${slug}/${doc.id}`)
    expect(res.body.title).toBe('Public one')
    expect(res.body).not.toHaveProperty('createdBy')
    expect(res.body).not.toHaveProperty('updatedBy')
    const gql = await graphql(`query ($id: ${idType}) { Article(id: $id) { createdBy { id } updatedBy { id } } }`, { variables: { id: doc.id } })
    expect(gql.body.data.Article).toEqual({ createdBy: null, updatedBy: null })
  })
})

describe('editors delete their own drafts that were never published', () => {
  test('their own: yes; a colleague’s: no; a reviewer: anything', async () => {
    const own = await emptyDraft(ann.token)
    const colleagues = await emptyDraft(ben.token)
    expect((await rest('DELETE', `/${slug}/${colleagues}`, { token: ann.token })).status).toBe(403)
    expect(await stored(colleagues)).not.toBeNull()
    expect((await rest('DELETE', `/${slug}/${own}`, { token: ann.token })).status).toBe(200)
    expect(await stored(own)).toBeNull()
    expect((await rest('DELETE', `/${slug}/${colleagues}`, { token: reviewer.token })).status).toBe(200)
  })

  test('not one that was published, even if it was taken down since', async () => {
    const id = await emptyDraft(ann.token)
    await payload.update({ collection: slug, id, data: { title: 'Was live', body: richText([paragraph('Text.')]), _status: 'published' } as never, context: { seeding: true } })
    expect((await rest('DELETE', `/${slug}/${id}`, { token: ann.token })).status).toBe(403)
    await payload.update({ collection: slug, id, data: { _status: 'draft' } as never, context: { seeding: true } })
    const res = await rest('DELETE', `/${slug}/${id}`, { token: ann.token })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toBe('You are not allowed to perform this action.')
    expect(await stored(id)).not.toBeNull()
  })
})

test('the nightly sweep removes untitled drafts left for a day, never anything titled, recent or once published', async () => {
  const dayAgo = new Date(Date.now() - 25 * 3600_000).toISOString()
  /** Last changed a day ago, as the newest version (what drafts are read from) says. */
  const age = async (id: number | string) => {
    const { docs } = await payload.findVersions({ collection: slug, where: { parent: { equals: id } }, sort: '-createdAt', limit: 1, depth: 0 })
    const [newest] = docs
    await payload.db.updateVersion({ collection: slug, id: newest.id, versionData: { ...newest, updatedAt: dayAgo, version: { ...newest.version, updatedAt: dayAgo } } as never })
  }
  const abandoned = await emptyDraft(ann.token)
  const recent = await emptyDraft(ann.token)
  const titled = (await rest('POST', `/${slug}?draft=true`, { token: ann.token, body: { title: 'Work in progress' } })).body.doc.id
  const wasLive = await emptyDraft(ann.token)
  await payload.update({ collection: slug, id: wasLive, data: { title: 'Live once', body: richText([paragraph('Text.')]), _status: 'published' } as never, context: { seeding: true } })
  await payload.update({ collection: slug, id: wasLive, draft: true, data: { title: '' } as never, context: { seeding: true } })
  for (const id of [abandoned, titled, wasLive]) await age(id)

  await payload.jobs.queue({ task: taskSlugs.removeEmptyDrafts, input: {} })
  await payload.jobs.run()
  expect(await stored(abandoned)).toBeNull()
  for (const id of [recent, titled, wasLive]) expect(await stored(id)).not.toBeNull()
})
