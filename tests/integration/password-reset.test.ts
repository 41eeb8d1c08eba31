import type { Payload } from 'payload'

import { collectionSlugs } from '../../src/slugs'
import { rest, startPayload } from '../helpers/api'
import { password } from '../helpers/users'

/**
 * Password reset as staff meet it: with SMTP_HOST unset (as here) the email goes to the log,
 * link included; the link opens the admin's reset page on SERVER_URL; the token sets a new
 * password and the old one stops working.
 */
let payload: Payload
const email = 'reviewer@alt.test'
const users = `/${collectionSlugs.users}`

beforeAll(async () => {
  payload = await startPayload()
  await payload.create({ collection: collectionSlugs.users, data: { email: 'owner@alt.test', password, roles: ['admin'] } })
  await payload.create({ collection: collectionSlugs.users, data: { email, password, roles: ['clinical-reviewer'] } })
})
afterAll(async () => {
  await payload.destroy()
})

/** Asks for a reset and returns the answer and what the email adapter logged. */
const forgotPassword = async (address: string) => {
  const logged: Record<string, unknown>[] = []
  const info = payload.logger.info
  payload.logger.info = ((entry: Record<string, unknown>) => void logged.push(entry)) as never
  try {
    const answer = await rest('POST', `${users}/forgot-password`, { body: { email: address } })
    return { answer, emails: logged.filter((entry) => entry.subject) }
  } finally {
    payload.logger.info = info
  }
}

test('the email, logged when SMTP is not set up, links to the reset page on SERVER_URL; the token sets a new password', async () => {
  const serverURL = payload.config.serverURL
  payload.config.serverURL = 'https://content.alt.test'
  const { answer, emails } = await forgotPassword(email).finally(() => (payload.config.serverURL = serverURL))
  expect(answer.status).toBe(200)
  expect(emails).toEqual([expect.objectContaining({ to: email, subject: 'Reset your ALT. password' })])
  const token = /https:\/\/content\.alt\.test\/admin\/reset\/([0-9a-f]+)"/.exec(String(emails[0].body))?.[1]
  expect(token).toBeDefined()

  const reset = await rest('POST', `${users}/reset-password`, { body: { token, password: 'a new and longer passphrase' } })
  expect(reset.status).toBe(200)
  expect((await rest('POST', `${users}/login`, { body: { email, password } })).status).toBe(401)
  expect((await rest('POST', `${users}/login`, { body: { email, password: 'a new and longer passphrase' } })).status).toBe(200)
  // A token works once.
  expect((await rest('POST', `${users}/reset-password`, { body: { token, password: 'yet another passphrase' } })).status).toBeGreaterThanOrEqual(400)
})

test('without SERVER_URL the link is on localhost at PORT, never relative', async () => {
  const serverURL = payload.config.serverURL
  payload.config.serverURL = ''
  const { emails } = await forgotPassword('owner@alt.test').finally(() => (payload.config.serverURL = serverURL))
  expect(String(emails[0].body)).toMatch(new RegExp(`href="http://localhost:${process.env.PORT || 3000}/admin/reset/[0-9a-f]+"`))
})

test('the answer is the same for an unknown email, and nothing is sent', async () => {
  // A second request for the same account within 15 s is answered the same too, without an email.
  const known = await forgotPassword(email)
  const unknown = await forgotPassword('nobody@alt.test')
  expect(unknown.answer).toMatchObject({ status: known.answer.status, body: known.answer.body })
  expect(unknown.emails).toEqual([])
})
