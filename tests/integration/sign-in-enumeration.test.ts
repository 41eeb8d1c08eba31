import type { Payload } from 'payload'

import crypto from 'node:crypto'

import { collectionSlugs } from '../../src/slugs'
import { fakeSmtpServer } from '../helpers/smtp'
import { password } from '../helpers/users'

/**
 * Sign-in and forgot-password must not tell whether an email belongs to a staff account: an
 * unknown email gets the answer a known one gets (a wrong password, a locked account), after the
 * same password-hash work, through the app's HTTP server over REST and GraphQL. How long each
 * takes is measured by scripts/sign-in-timing.ts, not asserted here.
 */
let payload: Payload
let server: Awaited<ReturnType<typeof import('../helpers/appServer').startAppServer>>
let smtp: Awaited<ReturnType<typeof fakeSmtpServer>>
const users = `/${collectionSlugs.users}`
const known = 'staff@alt.test'
const unknown = 'nobody@alt.test'
const wrong = 'not the right passphrase'

beforeAll(async () => {
  // Emails go over SMTP to a server that takes a while to accept each one, as real ones can.
  smtp = await fakeSmtpServer({ holdMs: 3000 })
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(smtp.port)
  const { startPayload } = await import('../helpers/api')
  const { startAppServer } = await import('../helpers/appServer')
  payload = await startPayload()
  server = await startAppServer(payload)
  for (const email of ['owner@alt.test', known, 'locked@alt.test']) {
    await payload.create({ collection: collectionSlugs.users, data: { email, name: 'Sam Staff', password, roles: ['editor'] } })
  }
})
afterAll(async () => {
  await server.close()
  await payload.destroy()
  smtp.close()
})

const statusAndBody = ({ status, body }: { status: number; body: any }) => ({ status, body })
const login = (email: string, pass: string) => server.rest('POST', `${users}/login`, { body: { email, password: pass } }).then(statusAndBody)
const graphqlLogin = (email: string, pass: string) =>
  server
    .graphql('mutation ($email: String!, $password: String) { loginUser(email: $email, password: $password) { token } }', { variables: { email, password: pass } })
    .then(statusAndBody)

/** The PBKDF2 runs (Payload's password hashing) while `work` runs: iterations, key length and digest of each. */
const hashingDuring = async (work: () => Promise<unknown>) => {
  const runs: { iterations: number; keyLength: number; digest: string }[] = []
  const pbkdf2 = crypto.pbkdf2
  crypto.pbkdf2 = ((...args: Parameters<typeof pbkdf2>) => {
    runs.push({ iterations: args[2], keyLength: args[3], digest: args[4] })
    return pbkdf2(...args)
  }) as typeof pbkdf2
  try {
    await work()
  } finally {
    crypto.pbkdf2 = pbkdf2
  }
  return runs
}

test('an unknown email is answered like a wrong password, over REST and GraphQL, after the same hash work', async () => {
  const knownHashing = await hashingDuring(() => login(known, wrong))
  expect(knownHashing).toHaveLength(1)
  expect(await hashingDuring(() => login(unknown, wrong))).toEqual(knownHashing)

  const answer = await login(unknown, wrong)
  expect(answer.status).toBe(401)
  expect(await login(known, wrong)).toEqual(answer)
  expect(await graphqlLogin(unknown, wrong)).toEqual(await graphqlLogin(known, wrong))
})

test('a locked account is answered like an unknown email, even with its right password, after the same hash work', async () => {
  const email = 'locked@alt.test'
  for (let attempt = 1; attempt <= 5; attempt++) expect((await login(email, wrong)).status).toBe(401)

  const answer = await login(unknown, password)
  expect(await login(email, password)).toEqual(answer)
  expect(await graphqlLogin(email, password)).toEqual(await graphqlLogin(unknown, password))
  expect(await hashingDuring(() => login(email, password))).toEqual(await hashingDuring(() => login(unknown, password)))
  // The one message says that an account may be locked, whichever it is.
  expect(answer.body.errors[0].message).toMatch(/locked/)
  // And names the password field, so the admin's form shows it there.
  expect(answer.body.errors[0].data).toEqual({ errors: [{ path: 'password', message: answer.body.errors[0].message }] })
})

test('forgot-password answers a known email as an unknown one, without waiting for its email to be sent', async () => {
  const forgot = (email: string) => server.rest('POST', `${users}/forgot-password`, { body: { email } }).then(statusAndBody)
  const answer = await forgot(known)
  // The SMTP server still holds the message: the answer did not wait for it.
  expect(smtp.messages).toEqual([])
  expect(answer.status).toBe(200)
  expect(await forgot(unknown)).toEqual(answer)
  const graphqlForgot = (email: string) =>
    server.graphql('mutation ($email: String!) { forgotPasswordUser(email: $email) }', { variables: { email } }).then(statusAndBody)
  expect(await graphqlForgot(unknown)).toEqual(await graphqlForgot(known))

  // It is sent all the same.
  for (let waited = 0; smtp.messages.length === 0 && waited < 10_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100))
  expect(smtp.messages).toEqual([expect.stringContaining(`To: ${known}`)])
})
