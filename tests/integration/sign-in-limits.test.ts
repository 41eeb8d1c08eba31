import type { Payload } from 'payload'

import { collectionSlugs } from '../../src/slugs'
import { startPayload } from '../helpers/api'
import { startAppServer } from '../helpers/appServer'
import { password } from '../helpers/users'

/**
 * Guessing at sign-in per client address, through the real HTTP server, beside Payload's
 * per-account lock (5 wrong passwords): failed sign-ins (REST login and GraphQL loginUser) 20 per
 * 15 minutes, password-reset requests 5 per 15 minutes (src/auth/signInLimits.ts).
 */

// The server trusts X-Forwarded-For from loopback, so each test sends from an address of its own.
process.env.TRUST_PROXY = 'loopback'

let payload: Payload
let server: Awaited<ReturnType<typeof startAppServer>>
const emails: string[] = []

beforeAll(async () => {
  payload = await startPayload()
  for (let i = 0; i < 25; i++) {
    const email = `staff-${i}@alt.test`
    await payload.create({ collection: collectionSlugs.users, data: { email, name: 'Sam Staff', password, roles: ['editor'] } })
    emails.push(email)
  }
  server = await startAppServer(payload)
})
afterAll(async () => {
  await server.close()
  await payload.destroy()
})

let lastAddress = 0
const newAddress = () => `203.0.113.${++lastAddress}`
const from = (address: string) => ({ 'x-forwarded-for': address })
const signIn = (address: string, email: string, pass = 'not the password') =>
  server.rest('POST', '/users/login', { body: { email, password: pass }, headers: from(address) })
const signInOverGraphQL = (address: string, email: string, pass = 'not the password') =>
  server.graphql('mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }', {
    variables: { email, password: pass },
    headers: from(address),
  })

test('25 failed sign-ins on 25 accounts from one address: the first 20 are 401, then 429 with Retry-After, even for the right password', async () => {
  const address = newAddress()
  const answers = []
  for (const email of emails) answers.push(await signIn(address, email))
  expect(answers.map((answer) => answer.status)).toEqual([...Array(20).fill(401), ...Array(5).fill(429)])
  const limited = answers[20]
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(14 * 60)
  expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(15 * 60)
  expect(limited.body.errors[0].message).toBe('Too many failed sign-ins from your address. Try again in 15 minutes.')
  expect((await signIn(address, emails[0], password)).status).toBe(429)
  // No account took more than one wrong password: Payload's lock never came into it. Other addresses sign in.
  expect((await signIn(newAddress(), emails[24], password)).status).toBe(200)
})

test('GraphQL sign-ins count against the same limit (statusCode 429 in the error)', async () => {
  const address = newAddress()
  for (let i = 0; i < 10; i++) expect((await signIn(address, emails[i])).status).toBe(401)
  for (let i = 10; i < 20; i++) expect((await signInOverGraphQL(address, emails[i])).body.errors[0].extensions.statusCode).toBe(401)
  const limited = await signInOverGraphQL(address, emails[20], password)
  expect(limited.body.data?.loginUser ?? null).toBeNull()
  expect(limited.body.errors[0]).toMatchObject({ message: 'Too many failed sign-ins from your address. Try again in 15 minutes.', extensions: { statusCode: 429 } })
})

test('successful sign-ins do not count: 30 from one address, then 20 failures are still 401', async () => {
  const address = newAddress()
  for (let i = 0; i < 30; i++) expect((await signIn(address, emails[i % 5], password)).status).toBe(200)
  for (let i = 0; i < 20; i++) expect((await signIn(address, emails[i])).status).toBe(401)
  expect((await signIn(address, emails[0])).status).toBe(429)
})

test('password-reset requests: 5 per 15 minutes from one address over REST and GraphQL, for known and unknown emails alike', async () => {
  const address = newAddress()
  const forgot = (email: string) => server.rest('POST', '/users/forgot-password', { body: { email }, headers: from(address) })
  const forgotOverGraphQL = (email: string) =>
    server.graphql('mutation ($email: String!) { forgotPasswordUser(email: $email) }', { variables: { email }, headers: from(address) })
  expect((await forgot('nobody-1@alt.test')).status).toBe(200)
  expect((await forgot(emails[0])).status).toBe(200)
  expect((await forgotOverGraphQL('nobody-2@alt.test')).body.data.forgotPasswordUser).toBe(true)
  expect((await forgot('nobody-3@alt.test')).status).toBe(200)
  expect((await forgotOverGraphQL('nobody-4@alt.test')).body.data.forgotPasswordUser).toBe(true)
  const limited = await forgot(emails[1])
  expect(limited.status).toBe(429)
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
  expect(limited.body.errors[0].message).toBe('Too many password-reset requests from your address. Try again in 15 minutes.')
  expect((await forgotOverGraphQL('nobody-5@alt.test')).body.errors[0].extensions.statusCode).toBe(429)
  expect((await server.rest('POST', '/users/forgot-password', { body: { email: 'nobody-6@alt.test' }, headers: from(newAddress()) })).status).toBe(200)
})
