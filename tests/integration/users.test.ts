import type { Payload } from 'payload'

import { collectionSlugs } from '../../src/slugs'
import { rest, startPayload } from '../helpers/api'
import { password, tokenFor } from '../helpers/users'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload.destroy()
})

const login = (email: string, pass: string) => rest('POST', '/users/login', { body: { email, password: pass } })

test('the first account made through first-register is an admin, whatever it asks for', async () => {
  const res = await rest('POST', '/users/first-register', {
    body: { email: 'owner@alt.test', name: 'Olive Owner', password, roles: ['editor'] },
  })
  expect(res.status).toBe(200)
  expect(res.body.user.roles).toEqual(['admin'])
  expect(res.body.token).toEqual(expect.any(String))

  const again = await rest('POST', '/users/first-register', { body: { email: 'second@alt.test', password } })
  expect(again.status).toBe(403)
})

test('later accounts get the role an admin gives them; nobody else can create accounts', async () => {
  const admin = await login('owner@alt.test', password)
  const created = await rest('POST', '/users', {
    token: admin.body.token,
    body: { email: 'manager@alt.test', name: 'Max Manager', password, roles: ['manager'] },
  })
  expect(created.status).toBe(201)
  expect(created.body.doc.roles).toEqual(['manager'])
  // Every new account needs a name: people appear by name across the admin.
  const nameless = await rest('POST', '/users', { token: admin.body.token, body: { email: 'nameless@alt.test', password, roles: ['editor'] } })
  expect(nameless.status).toBe(400)
  expect(nameless.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'name', message: 'Enter the person’s name.' })])

  const { token: editorToken } = await tokenFor(payload, 'editor')
  expect((await rest('POST', '/users', { token: editorToken, body: { email: 'x@alt.test', password } })).status).toBe(403)
  expect((await rest('POST', '/users', { body: { email: 'y@alt.test', password } })).status).toBe(403)
})

test('staff cannot raise their own role, but can edit their own name', async () => {
  const { token, user } = await tokenFor(payload, 'editor')
  const res = await rest('PATCH', `/users/${user.id}`, { token, body: { roles: ['admin'], name: 'Eddie' } })
  expect(res.status).toBe(200)
  expect(res.body.doc).toMatchObject({ roles: ['editor'], name: 'Eddie' })
})

test('editors see only their own account, managers also the other managers, admins all, anonymous callers none', async () => {
  const emails = async (token?: string) => {
    const res = await rest('GET', '/users?limit=100', { token })
    return res.status === 200 ? res.body.docs.map((user: { email: string; roles: string[] }) => user) : res.status
  }
  const editor = await tokenFor(payload, 'editor')
  expect((await emails(editor.token)).map((user: { email: string }) => user.email)).toEqual([editor.user.email])

  const manager = await tokenFor(payload, 'manager')
  const seenByManager = await emails(manager.token)
  expect(seenByManager.map((user: { email: string }) => user.email)).toEqual(expect.arrayContaining([manager.user.email, 'manager@alt.test']))
  expect(seenByManager.every((user: { roles: string[] }) => user.roles.includes('manager'))).toBe(true)

  const admin = await login('owner@alt.test', password)
  expect((await rest('GET', '/users', { token: admin.body.token })).body.totalDocs).toBe((await payload.count({ collection: 'users' })).totalDocs)
  expect(await emails()).toBe(403)
})

test('a manager cannot change another manager’s account', async () => {
  const { token } = await tokenFor(payload, 'manager')
  const other = (await payload.find({ collection: 'users', where: { email: { equals: 'manager@alt.test' } } })).docs[0]
  const res = await rest('PATCH', `/users/${other.id}`, { token, body: { name: 'Changed' } })
  expect(res.status).toBe(403)
  expect((await payload.findByID({ collection: 'users', id: other.id })).name).toBe('Max Manager')
})

test('five wrong passwords lock the account, even against the right one', async () => {
  const { user } = await tokenFor(payload, 'editor')
  for (let attempt = 0; attempt < 5; attempt++) expect((await login(user.email, 'wrong password')).status).toBe(401)
  const locked = await login(user.email, password)
  expect(locked.status).toBe(401)
  expect(locked.body.errors[0].message).toMatch(/locked/i)
})
