import type { Payload } from 'payload'

import { generate } from 'otplib'

import { collectionSlugs } from '../../src/slugs'
import { graphql, rest, startPayload } from '../helpers/api'
import { startAppServer } from '../helpers/appServer'
import { onFerretDB } from '../helpers/ferret'
import { freshCode } from '../helpers/totp'
import { enrolTwoFactor } from '../helpers/twoFactor'
import { password, tokenFor } from '../helpers/users'

// The default requirement (admin, manager), not the `none` the other suites run with.
delete process.env.TWO_FACTOR_REQUIRED_ROLES
// The server trusts X-Forwarded-For from loopback, so each test below sends from an address of its own.
process.env.TRUST_PROXY = 'loopback'

let payload: Payload
let server: Awaited<ReturnType<typeof startAppServer>>
beforeAll(async () => {
  payload = await startPayload()
  await tokenFor(payload, 'admin') // the first account is always an admin
  server = await startAppServer(payload)
})
afterAll(async () => {
  await server.close()
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
  const right = await rest('POST', '/users/two-factor/verify', { token: next, body: { code: await freshCode(secret) } })
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

let lastAddress = 0
/** An address of its own for each test: the server takes it from X-Forwarded-For (TRUST_PROXY=loopback). */
const newAddress = () => `198.51.100.${++lastAddress}`
const from = (address: string) => ({ 'x-forwarded-for': address })
const verifyFrom = (address: string, token: string, body: object) => server.rest('POST', '/users/two-factor/verify', { token, body, headers: from(address) })
const signInFrom = async (address: string, email: string) =>
  (await server.rest('POST', '/users/login', { body: { email, password }, headers: from(address) })).body.token as string
/** A code the app shows now, for tries the limit refuses before any code is looked at. */
const codeNow = (secret: string) => generate({ secret })

/** A manager enrolled with an authenticator, and a new password-only session of theirs. */
const enrolledManager = async (address: string) => {
  const { token, user } = await tokenFor(payload, 'manager')
  const { secret } = await enrolTwoFactor(token)
  return { email: user.email, secret, pending: await signInFrom(address, user.email) }
}

describe('wrong codes', () => {
  test('5 wrong codes for one account, then 429 with Retry-After, which no unlock, new password sign-in or other account’s success ends', async () => {
    const address = newAddress()
    const manager = await enrolledManager(address)
    const statuses = []
    for (let attempt = 0; attempt < 5; attempt++) statuses.push((await verifyFrom(address, manager.pending, { code: '000000' })).status)
    expect(statuses).toEqual([400, 400, 400, 400, 400])
    const limited = await verifyFrom(address, manager.pending, { code: await codeNow(manager.secret) })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(14 * 60)
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(15 * 60)
    expect(limited.body.errors[0].message).toBe('Too many wrong codes for this account. Try again in 15 minutes.')

    // The waiting session cannot unlock its own account (nor any other).
    expect((await server.rest('POST', '/users/unlock', { token: manager.pending, body: { email: manager.email }, headers: from(address) })).status).toBe(403)
    // An admin's unlock ends Payload's lock on passwords, not this limit.
    const admin = await tokenFor(payload, 'admin')
    await enrolTwoFactor(admin.token)
    expect((await server.rest('POST', '/users/unlock', { token: admin.token, body: { email: manager.email } })).status).toBe(200)
    expect((await verifyFrom(address, manager.pending, { code: await codeNow(manager.secret) })).status).toBe(429)
    // Nor does signing in with the password again, from anywhere.
    const again = await signInFrom(newAddress(), manager.email)
    expect((await verifyFrom(newAddress(), again, { code: await codeNow(manager.secret) })).status).toBe(429)
    // Nor another account's success.
    const other = await enrolledManager(address)
    expect((await verifyFrom(address, other.pending, { code: await freshCode(other.secret) })).status).toBe(200)
    expect((await verifyFrom(address, again, { code: await codeNow(manager.secret) })).status).toBe(429)
  })

  test('confirming an enrolment has the same limit, and a password sign-in does not end it', async () => {
    const address = newAddress()
    const { user } = await tokenFor(payload, 'manager')
    const session = await signInFrom(address, user.email)
    const { body } = await server.rest('POST', '/users/two-factor/setup', { token: session })
    const confirm = (token: string, code: string) => server.rest('POST', '/users/two-factor/confirm', { token, body: { code }, headers: from(address) })
    for (let attempt = 0; attempt < 5; attempt++) expect((await confirm(session, '000000')).status).toBe(400)
    expect((await confirm(session, await codeNow(body.secret))).status).toBe(429)
    const again = await signInFrom(address, user.email)
    const limited = await confirm(again, await codeNow(body.secret))
    expect(limited.status).toBe(429)
    expect(limited.body.errors[0].message).toMatch(/^Too many wrong codes for this account\. Try again in \d+ minutes\.$/)
  })

  test('wrong codes from one address are limited across accounts: after 20, a fifth account’s code is a 429 there, and fine elsewhere', async () => {
    const address = newAddress()
    for (let account = 0; account < 4; account++) {
      const manager = await enrolledManager(address)
      for (let attempt = 0; attempt < 5; attempt++) expect((await verifyFrom(address, manager.pending, { code: '000000' })).status).toBe(400)
    }
    const fifth = await enrolledManager(address)
    const limited = await verifyFrom(address, fifth.pending, { code: '000000' })
    expect(limited.status).toBe(429)
    expect(limited.body.errors[0].message).toBe('Too many wrong codes from your address. Try again in 15 minutes.')
    expect((await verifyFrom(address, fifth.pending, { code: await codeNow(fifth.secret) })).status).toBe(429)
    expect((await verifyFrom(newAddress(), fifth.pending, { code: await freshCode(fifth.secret) })).status).toBe(200)
  })

  test('only wrong codes count: right ones (here recovery codes) do not use up the limit', async () => {
    const address = newAddress()
    const { token, user } = await tokenFor(payload, 'manager')
    const { recoveryCodes } = await enrolTwoFactor(token)
    const statuses = []
    for (const recoveryCode of recoveryCodes.slice(0, 6)) statuses.push((await verifyFrom(address, await signInFrom(address, user.email), { recoveryCode })).status)
    const session = await signInFrom(address, user.email)
    for (let attempt = 0; attempt < 6; attempt++) statuses.push((await verifyFrom(address, session, { code: '000000' })).status)
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 400, 400, 400, 400, 400, 429])
  })
})

describe('each code works once (RFC 6238 §5.2)', () => {
  test('two sessions send the same code: one is verified, the other refused; the next step’s code verifies it', async () => {
    const address = newAddress()
    const manager = await enrolledManager(address)
    const second = await signInFrom(address, manager.email)
    const code = await freshCode(manager.secret)
    const send = [() => verifyFrom(address, manager.pending, { code }), () => verifyFrom(address, second, { code })]
    // At the same moment, except on FerretDB v1, whose conditional update is not atomic under
    // concurrency (real MongoDB's is): there one after the other, which still proves the replay refused.
    const answers = onFerretDB ? [await send[0](), await send[1]()] : await Promise.all(send.map((verify) => verify()))
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 400])
    const refused = answers.find((answer) => answer.status === 400)!
    expect(refused.body.errors[0].data.errors[0]).toEqual({ path: 'code', message: expect.stringMatching(/^That code was already used/) })
    // The session refused stays unverified until a later code.
    const [unverified] = answers[0].status === 400 ? [manager.pending] : [second]
    expect((await server.rest('GET', '/users/me', { token: unverified })).body.user.twoFactorPending).toBe(true)
    expect((await verifyFrom(address, unverified, { code: await freshCode(manager.secret) })).status).toBe(200)
    expect((await server.rest('GET', '/users/me', { token: unverified })).body.user.twoFactorPending).toBe(false)
  }, 90_000)

  test('the code that confirmed an enrolment cannot verify another session', async () => {
    const address = newAddress()
    const { token, user } = await tokenFor(payload, 'manager')
    const { body } = await server.rest('POST', '/users/two-factor/setup', { token })
    const code = await freshCode(body.secret)
    expect((await server.rest('POST', '/users/two-factor/confirm', { token, body: { code }, headers: from(address) })).status).toBe(200)
    const next = await signInFrom(address, user.email)
    expect((await verifyFrom(address, next, { code })).status).toBe(400)
    expect((await verifyFrom(address, next, { code: await freshCode(body.secret) })).status).toBe(200)
  })
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
