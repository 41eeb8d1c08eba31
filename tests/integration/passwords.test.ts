import type { Payload } from 'payload'

import { collectionSlugs } from '../../src/slugs'
import { idType, startPayload } from '../helpers/api'
import { startAppServer } from '../helpers/appServer'
import { password } from '../helpers/users'

/**
 * Staff passwords through the app's HTTP server, over REST and GraphQL: at least 12 characters
 * and not easy to guess (the account's own email and name count as easy), on every path that
 * sets one: first-register, create, update, reset. Changing one's own password needs the current
 * one; an admin setting someone else's, or a reset link from email, does not.
 */
let payload: Payload
let server: Awaited<ReturnType<typeof startAppServer>>
let adminToken: string
const users = `/${collectionSlugs.users}`

beforeAll(async () => {
  payload = await startPayload()
  server = await startAppServer(payload)
})
afterAll(async () => {
  await server.close()
  await payload.destroy()
})

type Answer = Awaited<ReturnType<typeof server.rest>>
type FieldError = { path: string; message: string }
const byPath = (errors: FieldError[]) => Object.fromEntries(errors.map(({ path, message }) => [path, message]))

/**
 * The field messages of a REST answer, by path; the answer must be Payload's 400 ValidationError,
 * its message the reason itself (the admin shows that message where it hides the password fields).
 */
const fieldErrors = ({ status, body }: Answer) => {
  expect({ status, name: body?.errors?.[0]?.name }).toEqual({ status: 400, name: 'ValidationError' })
  const [{ message, data }] = body.errors
  expect(data.errors.map((error: FieldError) => error.message)).toEqual([message])
  return byPath(data.errors)
}

/** The same for a GraphQL answer, whose error carries the 400 in its extensions. */
const graphqlFieldErrors = ({ body }: Answer) => {
  const extensions = body?.errors?.[0]?.extensions
  expect({ name: extensions?.name, statusCode: extensions?.statusCode }).toEqual({ name: 'ValidationError', statusCode: 400 })
  return byPath(extensions.data.errors)
}

const tooShort = expect.stringMatching(/at least 12 characters/)
const guessable = expect.stringMatching(/too easy to guess/)
const needsCurrent = expect.stringMatching(/enter your current password/i)
const notCurrent = expect.stringMatching(/not your current password/i)

const signIn = (email: string, pass = password) => server.rest('POST', `${users}/login`, { body: { email, password: pass } })

/** A staff account made by the admin over REST: its id, and a session of its own. */
const newAccount = async (email: string) => {
  const created = await server.rest('POST', users, { token: adminToken, body: { email, name: email.split('@')[0], password, roles: ['editor'] } })
  expect(created.status).toBe(201)
  return { id: created.body.doc.id as number | string, token: (await signIn(email)).body.token as string }
}

const updateUser = `mutation ($id: ${idType}, $data: mutationUserUpdateInput!) { updateUser(id: $id, data: $data) { id } }`

test('first-register refuses short and common passwords with a message on the password field', async () => {
  for (const [weak, message] of [
    ['abc', tooShort],
    ['password', tooShort],
    ['password1234', guessable],
  ] as const) {
    const answer = await server.rest('POST', `${users}/first-register`, { body: { email: 'owner@alt.test', name: 'Olive Owner', password: weak } })
    expect(fieldErrors(answer)).toEqual({ password: message })
  }
  const first = await server.rest('POST', `${users}/first-register`, { body: { email: 'owner@alt.test', name: 'Olive Owner', password } })
  expect(first.status).toBe(200)
  adminToken = first.body.token
})

test('creating an account over REST or GraphQL: the same message; words from the account itself count as easy to guess', async () => {
  const create = (data: Record<string, unknown>) => server.rest('POST', users, { token: adminToken, body: { roles: ['editor'], ...data } })
  const alice = { email: 'alice@alt.test', name: 'Alice Liddell' }
  expect(fieldErrors(await create({ ...alice, password: 'password1234' }))).toEqual({ password: guessable })
  // Hard to guess for anyone else; not for Alice's account.
  expect(fieldErrors(await create({ ...alice, password: 'alice@alt.test2024' }))).toEqual({ password: guessable })
  expect((await create({ email: 'bob@example.org', name: 'Bob', password: 'alice@alt.test2024' })).status).toBe(201)

  const created = await server.graphql('mutation ($data: mutationUserInput!) { createUser(data: $data) { id } }', {
    token: adminToken,
    variables: { data: { email: 'carol@alt.test', name: 'Carol', password: 'abc', roles: ['editor'] } },
  })
  expect(graphqlFieldErrors(created)).toEqual({ password: tooShort })
  const refused = await payload.count({ collection: collectionSlugs.users, where: { email: { in: [alice.email, 'carol@alt.test'] } } })
  expect(refused.totalDocs).toBe(0)
})

test("changing one's own password needs the current one, over REST and GraphQL; no answer ever shows it", async () => {
  const email = 'eddie@alt.test'
  const { id, token } = await newAccount(email)
  const newPassword = 'a fresh passphrase for eddie'
  const change = (body: Record<string, unknown>) => server.rest('PATCH', `${users}/${id}`, { token, body })

  expect(fieldErrors(await change({ password: newPassword }))).toEqual({ currentPassword: needsCurrent })
  expect(fieldErrors(await change({ password: newPassword, currentPassword: 'not my passphrase at all' }))).toEqual({ currentPassword: notCurrent })
  expect(graphqlFieldErrors(await server.graphql(updateUser, { token, variables: { id, data: { password: newPassword } } }))).toEqual({
    currentPassword: needsCurrent,
  })
  // The rest of one's own account needs no password.
  expect((await change({ name: 'Eddie' })).status).toBe(200)
  // The strength rule holds here too.
  expect(fieldErrors(await change({ password: 'password1234', currentPassword: password }))).toEqual({ password: guessable })

  const changed = await change({ password: newPassword, currentPassword: password })
  expect(changed.status).toBe(200)
  expect(Object.keys(changed.body.doc)).not.toEqual(expect.arrayContaining(['password']))
  expect(changed.body.doc.currentPassword ?? null).toBeNull()
  expect((await signIn(email)).status).toBe(401)
  expect((await signIn(email, newPassword)).status).toBe(200)

  const back = await server.graphql(updateUser, { token, variables: { id, data: { password, currentPassword: newPassword } } })
  expect(back.body.errors).toBeUndefined()
  expect((await signIn(email)).status).toBe(200)
})

test("a new email on one's own account needs the current password too (the email could reset it)", async () => {
  const { id, token } = await newAccount('ida@alt.test')
  const change = (body: Record<string, unknown>) => server.rest('PATCH', `${users}/${id}`, { token, body })
  expect(fieldErrors(await change({ email: 'ida@evil.test' }))).toEqual({ currentPassword: needsCurrent })
  // The same email again is no change.
  expect((await change({ email: 'IDA@alt.test', name: 'Ida' })).status).toBe(200)
  expect((await change({ email: 'ida.new@alt.test', currentPassword: password })).status).toBe(200)
  expect((await signIn('ida.new@alt.test')).status).toBe(200)
  // An admin changes someone else's without it.
  expect((await server.rest('PATCH', `${users}/${id}`, { token: adminToken, body: { email: 'ida@alt.test' } })).status).toBe(200)
})

test("an admin sets someone else's password without knowing theirs, but not a weak one", async () => {
  const email = 'frank@alt.test'
  const { id } = await newAccount(email)
  const set = (body: Record<string, unknown>) => server.rest('PATCH', `${users}/${id}`, { token: adminToken, body })
  expect(fieldErrors(await set({ password: 'abc' }))).toEqual({ password: tooShort })
  expect((await set({ password: 'a passphrase the admin chose' })).status).toBe(200)
  expect((await signIn(email, 'a passphrase the admin chose')).status).toBe(200)
})

test('a wrong current password counts as a failed sign-in: after five the account is locked', async () => {
  const email = 'grace@alt.test'
  const { id, token } = await newAccount(email)
  const change = (currentPassword: string) =>
    server.rest('PATCH', `${users}/${id}`, { token, body: { password: 'a fresh passphrase for grace', currentPassword } })
  for (let guess = 1; guess <= 5; guess++) expect(fieldErrors(await change(`wrong guess number ${guess}`))).toEqual({ currentPassword: notCurrent })
  expect(fieldErrors(await change(password))).toEqual({ currentPassword: expect.stringMatching(/locked/) })
  expect((await signIn(email)).status).toBe(401)
})

test('a reset link sets a new password without the old one, over REST and GraphQL, but not a weak one', async () => {
  const email = 'helen@alt.test'
  await newAccount(email)
  const token = await payload.forgotPassword({ collection: collectionSlugs.users, data: { email }, disableEmail: true })

  const weak = await server.rest('POST', `${users}/reset-password`, { body: { token, password: 'password1234' } })
  expect(fieldErrors(weak)).toEqual({ password: guessable })
  const personal = await server.graphql('mutation ($token: String, $password: String) { resetPasswordUser(token: $token, password: $password) { token } }', {
    variables: { token, password: 'helen@alt.test2024' },
  })
  expect(graphqlFieldErrors(personal)).toEqual({ password: guessable })

  // The refusals left the link working.
  expect((await server.rest('POST', `${users}/reset-password`, { body: { token, password: 'a passphrase from the link' } })).status).toBe(200)
  expect((await signIn(email, 'a passphrase from the link')).status).toBe(200)
})
