import type { Payload } from 'payload'

import { generate } from 'otplib'

import { collectionSlugs } from '../../src/slugs'
import { graphql, rest, startPayload } from '../helpers/api'
import { enrolTwoFactor } from '../helpers/twoFactor'
import { password, tokenFor } from '../helpers/users'

// The default requirement (admin, manager), not the `none` the other suites run with.
delete process.env.TWO_FACTOR_REQUIRED_ROLES

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
  await tokenFor(payload, 'admin') // the first account is always an admin
})
afterAll(async () => {
  await payload.destroy()
})

const login = async (email: string) => (await rest('POST', '/users/login', { body: { email, password } })).body.token as string
const listSubmissions = (token: string) => rest('GET', `/${collectionSlugs.contactSubmissions}`, { token })
const submissionsOverGraphql = (token: string) => graphql('{ ContactSubmissions { totalDocs } }', { token })
const me = async (token: string) => (await rest('GET', '/users/me', { token })).body.user

test('a manager with a password alone may enrol and read their account, but reads no submissions over REST or GraphQL', async () => {
  const { token, user } = await tokenFor(payload, 'manager')
  expect((await me(token)).twoFactorPending).toBe(true)
  expect((await listSubmissions(token)).status).toBe(403)
  const gql = await submissionsOverGraphql(token)
  expect(gql.body.data?.ContactSubmissions ?? null).toBeNull()
  expect(gql.body.errors[0].message).toMatch(/not allowed/i)
  expect((await rest('PATCH', `/users/${user.id}`, { token, body: { name: 'Changed' } })).status).toBe(403)
  expect((await rest('GET', `/users/${user.id}`, { token })).status).toBe(200)

  const { secret, recoveryCodes, setup } = await enrolTwoFactor(token)
  expect(setup.qrCode).toMatch(/^data:image\/svg\+xml;base64,/)
  expect(setup.otpauthUrl).toContain('otpauth://totp/')
  expect(recoveryCodes).toHaveLength(10)
  // Enrolment verifies the session it happened in.
  expect((await me(token)).twoFactorPending).toBe(false)
  expect((await listSubmissions(token)).status).toBe(200)
  expect((await submissionsOverGraphql(token)).body.data.ContactSubmissions.totalDocs).toEqual(expect.any(Number))

  // A new login is a new session: it needs its own code.
  const next = await login(user.email)
  expect((await listSubmissions(next)).status).toBe(403)
  const wrong = await rest('POST', '/users/two-factor/verify', { token: next, body: { code: '000000' } })
  expect(wrong.status).toBe(400)
  expect(wrong.body.errors[0].data.errors[0].path).toBe('code')
  const right = await rest('POST', '/users/two-factor/verify', { token: next, body: { code: await generate({ secret }) } })
  expect(right.status).toBe(200)
  expect((await listSubmissions(next)).status).toBe(200)
  expect((await submissionsOverGraphql(next)).body.errors).toBeUndefined()
})

test('the login answer says whether a second factor is due', async () => {
  const { user } = await tokenFor(payload, 'manager')
  const res = await rest('POST', '/users/login', { body: { email: user.email, password } })
  expect(res.body.user.twoFactorPending).toBe(true)
  const editor = await tokenFor(payload, 'editor')
  expect((await me(editor.token)).twoFactorPending).toBe(false)
})

test('recovery codes work once each', async () => {
  const { token, user } = await tokenFor(payload, 'admin')
  const { recoveryCodes } = await enrolTwoFactor(token)
  const first = await login(user.email)
  const used = await rest('POST', '/users/two-factor/verify', { token: first, body: { recoveryCode: recoveryCodes[0].toLowerCase() } })
  expect(used.status).toBe(200)
  expect(used.body.recoveryCodesLeft).toBe(9)
  expect((await rest('GET', '/users', { token: first })).body.totalDocs).toBeGreaterThan(1)

  const second = await login(user.email)
  expect((await rest('POST', '/users/two-factor/verify', { token: second, body: { recoveryCode: recoveryCodes[0] } })).status).toBe(400)
  // Until verified, an admin sees only their own account.
  expect((await rest('GET', '/users', { token: second })).body.docs.map((doc: { id: unknown }) => doc.id)).toEqual([user.id])
})

test('secrets, recovery codes and verified sessions are never readable, nor writable, through the APIs', async () => {
  const { token, user } = await tokenFor(payload, 'admin')
  await enrolTwoFactor(token)
  for (const doc of [(await rest('GET', `/users/${user.id}`, { token })).body, await me(token)]) {
    expect(doc.twoFactorEnabled).toBe(true)
    expect(doc).not.toHaveProperty('twoFactorSecret')
    expect(doc).not.toHaveProperty('twoFactorRecoveryCodes')
    expect(doc.twoFactorSessions ?? undefined).toBeUndefined()
  }
  const gql = await graphql(`{ User(id: ${JSON.stringify(user.id)}) { twoFactorEnabled twoFactorSessions } }`, { token })
  expect(gql.body.data.User).toEqual({ twoFactorEnabled: true, twoFactorSessions: null })

  const patched = await rest('PATCH', `/users/${user.id}`, { token, body: { twoFactorSecret: 'AAAA', twoFactorSessions: ['forged'] } })
  expect(patched.status).toBe(200)
  const stored = await payload.findByID({ collection: collectionSlugs.users, id: user.id, showHiddenFields: true })
  expect(stored.twoFactorSecret).not.toBe('AAAA')
  expect(stored.twoFactorSessions).not.toContain('forged')
})

test('an admin resets a lost phone; the person enrols again; nobody else can reset, nor switch it on without enrolling', async () => {
  const admin = await tokenFor(payload, 'admin')
  await enrolTwoFactor(admin.token)
  const manager = await tokenFor(payload, 'manager')
  const { secret } = await enrolTwoFactor(manager.token)

  // The manager cannot reset their own factor, and nobody can switch it on by a write.
  const selfReset = await rest('PATCH', `/users/${manager.user.id}`, { token: manager.token, body: { twoFactorEnabled: false } })
  expect(selfReset.body.doc?.twoFactorEnabled ?? true).toBe(true)
  const editor = await tokenFor(payload, 'editor')
  const forcedOn = await rest('PATCH', `/users/${editor.user.id}`, { token: admin.token, body: { twoFactorEnabled: true } })
  expect(forcedOn.status).toBe(400)
  expect(forcedOn.body.errors[0].data.errors[0].path).toBe('twoFactorEnabled')

  const reset = await graphql(`mutation { updateUser(id: ${JSON.stringify(manager.user.id)}, data: { twoFactorEnabled: false }) { twoFactorEnabled } }`, {
    token: admin.token,
  })
  expect(reset.body.data.updateUser.twoFactorEnabled).toBe(false)
  // The old session and the old codes are gone: the manager must enrol again.
  expect((await listSubmissions(manager.token)).status).toBe(403)
  const next = await login(manager.user.email)
  expect((await rest('POST', '/users/two-factor/verify', { token: next, body: { code: await generate({ secret }) } })).status).toBe(400)
  await enrolTwoFactor(next)
  expect((await listSubmissions(next)).status).toBe(200)
})

test('an editor may enrol by choice, and from then on needs the code', async () => {
  const { token, user } = await tokenFor(payload, 'editor')
  expect((await rest('GET', '/articles?draft=true', { token })).status).toBe(200)
  await enrolTwoFactor(token)
  const next = await login(user.email)
  expect((await me(next)).twoFactorPending).toBe(true)
  expect((await rest('POST', '/articles', { token: next, body: { title: 'x' } })).status).toBe(403)
})

test('wrong codes count as failed logins and lock the account', async () => {
  const { token } = await tokenFor(payload, 'manager')
  await enrolTwoFactor(token)
  const next = await login((await me(token)).email)
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await rest('POST', '/users/two-factor/verify', { token: next, body: { code: '000000' } })
  }
  expect((await rest('POST', '/users/two-factor/verify', { token: next, body: { code: '000000' } })).status).toBe(429)
})

test('TWO_FACTOR_REQUIRED_ROLES=none turns the requirement off; an unknown role is refused', async () => {
  const { twoFactorRequiredRoles } = await import('../../src/auth/twoFactor/requiredRoles')
  expect(twoFactorRequiredRoles(undefined)).toEqual(['admin', 'manager'])
  expect(twoFactorRequiredRoles('none')).toEqual([])
  expect(() => twoFactorRequiredRoles('admin,managers')).toThrow(/managers/)
  process.env.TWO_FACTOR_REQUIRED_ROLES = 'none'
  try {
    const { token } = await tokenFor(payload, 'manager')
    expect((await listSubmissions(token)).status).toBe(200)
  } finally {
    delete process.env.TWO_FACTOR_REQUIRED_ROLES
  }
})

test('anonymous public reads are untouched', async () => {
  const res = await rest('GET', '/articles')
  expect(res.status).toBe(200)
  expect(res.body.docs).toEqual(expect.any(Array))
})
