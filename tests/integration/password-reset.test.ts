import type { Payload } from 'payload'

import { emailToLog } from '../../src/emailToLog'
import { collectionSlugs } from '../../src/slugs'
import { rest, startPayload } from '../helpers/api'
import { password } from '../helpers/users'

/**
 * Password reset as staff meet it: the link opens the admin's reset page on SERVER_URL; the
 * token sets a new password and the old one stops working. Without SMTP_HOST (as here) no email
 * is sent and the log says so, never with the link; a local install may ask for whole emails in
 * the log (EMAIL_TO_LOG=full), which is how the link is followed below.
 */
let payload: Payload
const email = 'reviewer@alt.test'
const users = `/${collectionSlugs.users}`

beforeAll(async () => {
  payload = await startPayload()
  await payload.create({ collection: collectionSlugs.users, data: { email: 'owner@alt.test', name: 'Olive Owner', password, roles: ['admin'] } })
  await payload.create({ collection: collectionSlugs.users, data: { email, name: 'Rae Reviewer', password, roles: ['clinical-reviewer'] } })
  await payload.create({ collection: collectionSlugs.users, data: { email: 'jane@alt.test', name: 'Jane Editor', password, roles: ['editor'] } })
})
afterAll(async () => {
  await payload.destroy()
})

/** Asks for a reset and returns the answer, everything logged meanwhile, and the emails among it. */
const forgotPassword = async (address: string) => {
  const logged: Record<string, unknown>[] = []
  const { info, warn } = payload.logger
  payload.logger.info = payload.logger.warn = ((entry: Record<string, unknown>) => void logged.push(entry)) as never
  try {
    const answer = await rest('POST', `${users}/forgot-password`, { body: { email: address } })
    return { answer, logged, emails: logged.filter((entry) => entry.subject) }
  } finally {
    Object.assign(payload.logger, { info, warn })
  }
}

test('without SMTP the log says that the email was not sent, to whom (redacted) and why; never its link or token', async () => {
  const { answer, logged, emails } = await forgotPassword('jane@alt.test')
  expect(answer.status).toBe(200)
  expect(emails).toEqual([{ msg: 'Email not sent: SMTP_HOST is unset', to: ['j***@alt.test'], subject: 'Reset your ALT. password' }])
  const [jane] = (await payload.find({ collection: collectionSlugs.users, where: { email: { equals: 'jane@alt.test' } }, showHiddenFields: true })).docs
  expect(jane.resetPasswordToken).toEqual(expect.any(String))
  expect(JSON.stringify(logged)).not.toContain(jane.resetPasswordToken)
  expect(JSON.stringify(logged)).not.toMatch(/reset\//)
})

describe('with EMAIL_TO_LOG=full (local development), the whole email is in the log', () => {
  let configured: Payload['email']
  beforeAll(() => {
    configured = payload.email
    payload.email = emailToLog('full')({ payload })
  })
  afterAll(() => {
    payload.email = configured
  })

  test('the email links to the reset page on SERVER_URL; the token sets a new password', async () => {
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
})
