import type { Payload } from 'payload'

import { generate, generateSecret } from 'otplib'

import { verifyWebhook } from '../../examples/verifyWebhook'
import { prepareDatabase } from '../../src/database'
import { collectionSlugs } from '../../src/slugs'
import { startPayload } from '../helpers/api'
import { startAppServer } from '../helpers/appServer'
import { startReceiver } from '../helpers/receiver'
import { storedValue, storeRaw } from '../helpers/storedValue'
import { password, staffTokens, tokenFor } from '../helpers/users'

/**
 * Webhook signing secrets and TOTP secrets are stored encrypted (src/fields/encryptedText.ts): a
 * database dump alone does not give them away, and rows stored in plaintext by earlier versions
 * are encrypted at the next start (prepareDatabase).
 */
let payload: Payload
let server: Awaited<ReturnType<typeof startAppServer>>
let receiver: Awaited<ReturnType<typeof startReceiver>>
let admin: string

beforeAll(async () => {
  payload = await startPayload()
  admin = (await staffTokens(payload)).admin
  server = await startAppServer(payload)
  receiver = await startReceiver()
  process.env.WEBHOOK_ALLOWED_ORIGINS = receiver.origin
})
afterAll(async () => {
  delete process.env.WEBHOOK_ALLOWED_ORIGINS
  await receiver.close()
  await server.close()
  await payload.destroy()
})

/** A call to the app's real HTTP server: its status and JSON. */
const call = async (method: string, path: string, { token, body }: { token?: string; body?: unknown } = {}) => {
  const res = await fetch(`${server.url}/api${path}`, {
    method,
    headers: { ...(token ? { authorization: `JWT ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as any }
}

const login = async (email: string) => (await call('POST', '/users/login', { body: { email, password } })).body.token as string

/** Sends a test delivery to the webhook; true when the receiver got it signed with `secret`. */
const deliveredSignedWith = async (id: number | string, secret: string) => {
  const before = receiver.received.length
  const sent = await call('POST', `/${collectionSlugs.webhooks}/${id}/test`, { token: admin })
  expect(sent.body.delivery).toMatchObject({ ok: true })
  const [delivery] = receiver.received.slice(before)
  return verifyWebhook(delivery.body, delivery.headers['x-alt-signature'] as string, secret)
}

const encrypted = /^enc:v1:[A-Za-z0-9_-]{40,}$/

test('a webhook secret is stored encrypted, and deliveries are still signed with the secret itself', async () => {
  const created = await call('POST', `/${collectionSlugs.webhooks}`, { token: admin, body: { url: receiver.url, events: ['publish'] } })
  expect(created.status).toBe(201)
  const { id, secret } = created.body.doc as { id: number | string; secret: string }
  const stored = await storedValue(payload, { collection: collectionSlugs.webhooks, id, field: 'secret' })
  expect(stored).toMatch(encrypted)
  expect(stored).not.toContain(secret.slice(6))
  expect(await deliveredSignedWith(id, secret)).toBe(true)

  const rotated = (await call('POST', `/${collectionSlugs.webhooks}/${id}/rotate-secret`, { token: admin })).body.secret as string
  const storedAfter = await storedValue(payload, { collection: collectionSlugs.webhooks, id, field: 'secret' })
  expect(storedAfter).toMatch(encrypted)
  expect(storedAfter).not.toBe(stored)
  expect(await deliveredSignedWith(id, rotated)).toBe(true)
})

test('a TOTP secret is stored encrypted from enrolment on, and codes still verify', async () => {
  const { token, user } = await tokenFor(payload, 'manager')
  const setup = await call('POST', '/users/two-factor/setup', { token })
  expect(setup.status).toBe(200)
  const secret = setup.body.secret as string
  const stored = await storedValue(payload, { collection: collectionSlugs.users, id: user.id, field: 'twoFactorSecret' })
  expect(stored).toMatch(encrypted)
  expect(stored).not.toContain(secret)
  // Confirming reads the secret back through Payload: the code matches the decrypted secret.
  const confirmed = await call('POST', '/users/two-factor/confirm', { token, body: { code: await generate({ secret }) } })
  expect(confirmed.status).toBe(200)
  // Saving the account again (enrolment's end) stores it encrypted again, never in plaintext.
  expect(await storedValue(payload, { collection: collectionSlugs.users, id: user.id, field: 'twoFactorSecret' })).toMatch(encrypted)
})

test('plaintext secrets stored by an earlier version are encrypted at the next start, and keep working', async () => {
  const created = await call('POST', `/${collectionSlugs.webhooks}`, { token: admin, body: { url: receiver.url, events: ['publish'] } })
  const webhook = { collection: collectionSlugs.webhooks, id: created.body.doc.id, field: 'secret' }
  const webhookSecret = `whsec_${'ab'.repeat(32)}`
  await storeRaw(payload, webhook, webhookSecret)

  const { user } = await tokenFor(payload, 'manager')
  // Enrolled under an earlier version: the flag as enrolment sets it, the secret in plaintext.
  await payload.update({ collection: collectionSlugs.users, id: user.id, data: { twoFactorEnabled: true }, context: { twoFactor: true } })
  const account = { collection: collectionSlugs.users, id: user.id, field: 'twoFactorSecret' }
  const totpSecret = generateSecret()
  await storeRaw(payload, account, totpSecret)
  expect(await storedValue(payload, account)).toBe(totpSecret)

  await prepareDatabase(payload)
  const storedWebhookSecret = await storedValue(payload, webhook)
  const storedTotpSecret = await storedValue(payload, account)
  expect(storedWebhookSecret).toMatch(encrypted)
  expect(storedTotpSecret).toMatch(encrypted)
  expect(storedWebhookSecret).not.toContain(webhookSecret.slice(6))
  expect(storedTotpSecret).not.toContain(totpSecret)
  // Idempotent: a second start changes nothing.
  await prepareDatabase(payload)
  expect(await storedValue(payload, webhook)).toBe(storedWebhookSecret)
  expect(await storedValue(payload, account)).toBe(storedTotpSecret)

  expect(await deliveredSignedWith(webhook.id, webhookSecret)).toBe(true)
  const session = await login(user.email)
  const verified = await call('POST', '/users/two-factor/verify', { token: session, body: { code: await generate({ secret: totpSecret }) } })
  expect(verified.status).toBe(200)
})

test('a secret encrypted with another PAYLOAD_SECRET reads as absent: the delivery fails clearly, and an admin can still reset two-factor', async () => {
  const created = await call('POST', `/${collectionSlugs.webhooks}`, { token: admin, body: { url: receiver.url, events: ['publish'] } })
  const { user } = await tokenFor(payload, 'manager')
  await payload.update({ collection: collectionSlugs.users, id: user.id, data: { twoFactorEnabled: true }, context: { twoFactor: true } })
  const { sealSecret } = await import('../../src/fields/encryptedText')
  const foreign = sealSecret('whsec_from-elsewhere', 'another deployment’s PAYLOAD_SECRET')
  await storeRaw(payload, { collection: collectionSlugs.webhooks, id: created.body.doc.id, field: 'secret' }, foreign)
  await storeRaw(payload, { collection: collectionSlugs.users, id: user.id, field: 'twoFactorSecret' }, sealSecret(generateSecret(), 'another deployment’s PAYLOAD_SECRET'))

  const before = receiver.received.length
  const sent = await call('POST', `/${collectionSlugs.webhooks}/${created.body.doc.id}/test`, { token: admin })
  expect(sent.body.delivery).toMatchObject({ ok: false, statusCode: null, error: expect.stringMatching(/secret cannot be read.*rotate/i) })
  expect(receiver.received.length).toBe(before)

  const reset = await call('PATCH', `/users/${user.id}`, { token: admin, body: { twoFactorEnabled: false } })
  expect(reset.status).toBe(200)
  expect(await storedValue(payload, { collection: collectionSlugs.users, id: user.id, field: 'twoFactorSecret' })).toBeNull()
})
