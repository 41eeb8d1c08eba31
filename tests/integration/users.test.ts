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
    body: { email: 'owner@alt.test', password, roles: ['editor'] },
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
    body: { email: 'manager@alt.test', password, roles: ['manager'] },
  })
  expect(created.status).toBe(201)
  expect(created.body.doc.roles).toEqual(['manager'])

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

test('staff see only their own account; admins see all; anonymous callers none', async () => {
  const { token } = await tokenFor(payload, 'manager')
  expect((await rest('GET', '/users', { token })).body.totalDocs).toBe(1)
  const admin = await login('owner@alt.test', password)
  expect((await rest('GET', '/users', { token: admin.body.token })).body.totalDocs).toBeGreaterThan(2)
  expect((await rest('GET', '/users')).status).toBe(403)
})

test('five wrong passwords lock the account, even against the right one', async () => {
  const { user } = await tokenFor(payload, 'editor')
  for (let attempt = 0; attempt < 5; attempt++) expect((await login(user.email, 'wrong password')).status).toBe(401)
  const locked = await login(user.email, password)
  expect(locked.status).toBe(401)
  expect(locked.body.errors[0].message).toMatch(/locked/i)
})
