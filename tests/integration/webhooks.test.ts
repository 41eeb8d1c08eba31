import type { Payload } from 'payload'

import { jest } from '@jest/globals'

import { verifyWebhook } from '../../examples/verifyWebhook'
import { paragraph, richText } from '../../seed/lexical'
import { collectionSlugs, globalSlugs, taskSlugs } from '../../src/slugs'
import { webhookRetries } from '../../src/webhooks/deliverWebhook'
import { webhookSignature } from '../../src/webhooks/signature'
import { graphql, idType, rest, startPayload } from '../helpers/api'
import { startAppServer } from '../helpers/appServer'
import { startReceiver } from '../helpers/receiver'
import { staffTokens } from '../helpers/users'

const revalidated: string[] = []
jest.unstable_mockModule('next/cache', () => ({ revalidateTag: (tag: string) => revalidated.push(tag) }))
const { POST: revalidateRoute } = await import('../../examples/revalidateRoute')

let payload: Payload
let tokens: Awaited<ReturnType<typeof staffTokens>>
let server: Awaited<ReturnType<typeof startAppServer>>
const receivers: { close: () => Promise<void> }[] = []

beforeAll(async () => {
  payload = await startPayload()
  tokens = await staffTokens(payload)
  server = await startAppServer(payload)
})
afterAll(async () => {
  await server.close()
  await Promise.all(receivers.map((receiver) => receiver.close()))
  await payload.destroy()
})

/** A receiver on loopback that no webhook may reach until its origin is allowed. */
const unlistedReceiver = async (options?: Parameters<typeof startReceiver>[0]) => {
  const started = await startReceiver(options)
  receivers.push(started)
  return started
}

/** Lets this test's deliveries reach these exact origins (WEBHOOK_ALLOWED_ORIGINS); afterEach forgets them. */
const allowOrigins = (...origins: string[]) => {
  process.env.WEBHOOK_ALLOWED_ORIGINS = [process.env.WEBHOOK_ALLOWED_ORIGINS, ...origins].filter(Boolean).join(',')
}

/** A receiver on loopback that this test's webhooks may reach. */
const receiver = async (options?: Parameters<typeof startReceiver>[0]) => {
  const started = await unlistedReceiver(options)
  allowOrigins(started.origin)
  return started
}

/** A call to the app's real HTTP server as the admin: its status and JSON. */
const asAdmin = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${server.url}/api${path}`, {
    method,
    headers: { authorization: `JWT ${tokens.admin}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as any }
}

/** A webhook made over REST by the admin; the answer's secret is the only copy there is. */
const webhook = async (data: Record<string, unknown>) => {
  const res = await rest('POST', `/${collectionSlugs.webhooks}`, { token: tokens.admin, body: data })
  expect(res.status).toBe(201)
  return res.body.doc as { id: number | string; secret: string; url: string }
}

const deliveryJobs = async () =>
  (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: taskSlugs.deliverWebhook } }, pagination: false, depth: 0 })).docs
/** Runs every queued delivery that is due, as the job queue does each minute. */
const runDeliveries = () => payload.jobs.run({ queue: 'default', limit: 100 })

let quotes = 0
/** A quote of its own (a quote's slug comes from its attribution, and slugs are unique). */
const quote = (text: string) => ({ text, attribution: `Author ${++quotes}` })

const discount = (title: string, slug: string) => ({
  title,
  slug,
  eligibility: 'Fellow healthcare professionals.',
  terms: richText([paragraph(`${title}.`)]),
})

// Webhooks from earlier tests stay: each test makes its own receiver, so it sees only its own.
afterEach(async () => {
  await payload.update({ collection: collectionSlugs.webhooks, where: { active: { equals: true } }, data: { active: false } })
  delete process.env.WEBHOOK_ALLOWED_ORIGINS
})

test('a publish is POSTed, signed, to a matching webhook by the job queue, never in the request', async () => {
  const hook = await receiver()
  const { secret } = await webhook({ url: hook.url, events: ['publish'], collections: [collectionSlugs.providerDiscounts] })

  const created = await rest('POST', `/${collectionSlugs.providerDiscounts}`, {
    token: tokens.editor,
    body: { ...discount('Colleague rate', 'colleague-rate'), _status: 'published' },
  })
  expect(created.status).toBe(201)
  expect(hook.received).toEqual([]) // the publish answered before anything was sent

  await runDeliveries()
  expect(hook.received).toHaveLength(1)
  const [{ headers, body }] = hook.received
  const sent = JSON.parse(body)
  expect(sent).toEqual({
    id: headers['x-alt-delivery'],
    event: 'publish',
    collection: collectionSlugs.providerDiscounts,
    docId: created.body.doc.id,
    slug: 'colleague-rate',
    occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
  })
  expect(headers['content-type']).toBe('application/json')
  expect(headers['x-alt-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/)
  // The verification code of docs/frontend.md accepts it, and refuses any change to it.
  expect(verifyWebhook(body, headers['x-alt-signature'] as string, secret)).toBe(true)
  expect(verifyWebhook(body.replace('colleague-rate', 'other'), headers['x-alt-signature'] as string, secret)).toBe(false)
  expect(verifyWebhook(body, headers['x-alt-signature'] as string, `${secret}x`)).toBe(false)
  expect(verifyWebhook(body, null, secret)).toBe(false)
  expect(verifyWebhook(body, 't=1,v1=zz', secret)).toBe(false)
  // Older than 5 minutes: refused even with a good signature (a replay).
  const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60
  expect(verifyWebhook(body, webhookSignature(secret, body, sixMinutesAgo), secret)).toBe(false)
  expect(verifyWebhook(body, webhookSignature(secret, body, sixMinutesAgo + 2 * 60), secret)).toBe(true)

  const [delivery] = (await payload.find({ collection: collectionSlugs.webhookDeliveries, where: { deliveryId: { equals: sent.id } } })).docs
  expect(delivery).toMatchObject({ event: 'publish', attempt: 1, statusCode: 200, ok: true, url: hook.url })
  expect(delivery.durationMs).toBeGreaterThanOrEqual(0)
})

test('publish, update, unpublish and delete each send their event; draft saves and autosaves send nothing', async () => {
  const hook = await receiver()
  await webhook({ url: hook.url, events: ['publish', 'update', 'unpublish', 'delete'] })
  const path = `/${collectionSlugs.providerDiscounts}`
  const events = async () => {
    await runDeliveries()
    // The queue runs due deliveries side by side, so they may arrive in any order: occurredAt orders them.
    const bodies = hook.received.splice(0).map((request) => JSON.parse(request.body) as { event: string; occurredAt: string })
    return bodies.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt)).map((body) => body.event)
  }

  const draft = await rest('POST', path, { token: tokens.editor, body: discount('Draft rate', 'draft-rate') })
  expect(draft.body.doc._status).toBe('draft')
  const id = draft.body.doc.id
  await rest('PATCH', `${path}/${id}?draft=true&autosave=true`, { token: tokens.editor, body: { title: 'Draft rate, autosaved' } })
  expect(await events()).toEqual([])

  await rest('PATCH', `${path}/${id}`, { token: tokens.editor, body: { _status: 'published' } })
  expect(await events()).toEqual(['publish'])

  // A draft and an autosave on the published document leave the live one as it is.
  await rest('PATCH', `${path}/${id}?draft=true`, { token: tokens.editor, body: { title: 'Draft rate, next version' } })
  await rest('PATCH', `${path}/${id}?draft=true&autosave=true`, { token: tokens.editor, body: { title: 'Draft rate, next version 2' } })
  expect(await events()).toEqual([])

  await rest('PATCH', `${path}/${id}`, { token: tokens.editor, body: { title: 'Draft rate, published again', _status: 'published' } })
  expect(await events()).toEqual(['update'])
  await rest('PATCH', `${path}/${id}`, { token: tokens.editor, body: { _status: 'draft' } })
  expect(await events()).toEqual(['unpublish'])
  await rest('PATCH', `${path}/${id}`, { token: tokens.editor, body: { _status: 'published' } })
  expect(await events()).toEqual(['publish'])
  await rest('DELETE', `${path}/${id}`, { token: tokens.editor })
  expect(await events()).toEqual(['delete'])

  // Quotes have no drafts: saving is publishing.
  const saying = await rest('POST', `/${collectionSlugs.quotes}`, { token: tokens.editor, body: quote('A quote.') })
  await rest('PATCH', `/${collectionSlugs.quotes}/${saying.body.doc.id}`, { token: tokens.editor, body: { context: 'Said once.' } })
  expect(await events()).toEqual(['publish', 'update'])

  // The global: publishing clinic-info names it instead of a collection.
  await rest('POST', `/globals/${globalSlugs.clinicInfo}?draft=true`, { token: tokens.admin, body: { name: 'ALT.' } })
  expect(await events()).toEqual([])
  await rest('POST', `/globals/${globalSlugs.clinicInfo}`, { token: tokens.admin, body: { name: 'ALT.', _status: 'published' } })
  await runDeliveries()
  expect(JSON.parse(hook.received[0].body)).toMatchObject({ event: expect.stringMatching(/^(publish|update)$/), global: globalSlugs.clinicInfo, docId: null })
})

test('an inactive webhook, and webhooks for other events or collections, get nothing', async () => {
  const inactive = await receiver()
  const otherEvent = await receiver()
  const otherCollection = await receiver()
  const matching = await receiver()
  await webhook({ url: inactive.url, events: ['publish'], active: false })
  await webhook({ url: otherEvent.url, events: ['delete'] })
  await webhook({ url: otherCollection.url, events: ['publish'], collections: [collectionSlugs.articles, globalSlugs.clinicInfo] })
  await webhook({ url: matching.url, events: ['publish'], collections: [collectionSlugs.quotes] })

  await rest('POST', `/${collectionSlugs.quotes}`, { token: tokens.editor, body: quote('Another quote.') })
  await runDeliveries()
  expect([inactive, otherEvent, otherCollection, matching].map((hook) => hook.received.length)).toEqual([0, 0, 0, 1])
})

test('a receiver that fails twice gets the delivery on the third try, with the same delivery id; waits grow exponentially', async () => {
  const hook = await receiver({ statuses: [500, 503] })
  const { secret } = await webhook({ url: hook.url, events: ['publish'], collections: [collectionSlugs.quotes] })
  const before = new Set((await deliveryJobs()).map((job) => job.id))
  await rest('POST', `/${collectionSlugs.quotes}`, { token: tokens.editor, body: quote('Retry me.') })
  const [job] = (await deliveryJobs()).filter((candidate) => !before.has(candidate.id))

  const waits: number[] = []
  for (let attempt = 1; attempt <= 3; attempt++) {
    // runByID runs the job now, whatever its waitUntil (the queue would wait).
    const startedAt = Date.now()
    await payload.jobs.runByID({ id: job.id })
    const after = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0, disableErrors: true })
    if (attempt < 3) waits.push(Math.round((new Date(after!.waitUntil!).getTime() - startedAt) / 1000))
    else expect(after).toBeNull() // done: Payload deletes a completed job
  }
  // 60 s after the first failure, 120 s after the second (Payload doubles the delay).
  expect(waits[0]).toBeGreaterThanOrEqual(59)
  expect(waits[0]).toBeLessThanOrEqual(62)
  expect(waits[1]).toBeGreaterThanOrEqual(119)
  expect(waits[1]).toBeLessThanOrEqual(122)
  expect(webhookRetries.attempts).toBeGreaterThanOrEqual(6)

  expect(hook.received.map((request) => request.answered)).toEqual([500, 503, 200])
  expect(new Set(hook.received.map((request) => request.headers['x-alt-delivery'])).size).toBe(1)
  expect(hook.received.every((request) => verifyWebhook(request.body, request.headers['x-alt-signature'] as string, secret))).toBe(true)
  const attempts = await payload.find({
    collection: collectionSlugs.webhookDeliveries,
    where: { deliveryId: { equals: hook.received[0].headers['x-alt-delivery'] } },
    sort: 'attempt',
  })
  expect(attempts.docs.map(({ attempt, statusCode, ok }) => ({ attempt, statusCode, ok }))).toEqual([
    { attempt: 1, statusCode: 500, ok: false },
    { attempt: 2, statusCode: 503, ok: false },
    { attempt: 3, statusCode: 200, ok: true },
  ])
  expect(attempts.docs[0].error).toBe('The receiver answered 500.')
})

test('an unreachable receiver is recorded as a failed attempt; the publish itself succeeded', async () => {
  const hook = await receiver()
  await hook.close()
  await webhook({ url: hook.url, events: ['publish'], collections: [collectionSlugs.quotes] })
  const res = await rest('POST', `/${collectionSlugs.quotes}`, { token: tokens.editor, body: quote('Nobody listens.') })
  expect(res.status).toBe(201)
  await runDeliveries()
  const [attempt] = (await payload.find({ collection: collectionSlugs.webhookDeliveries, where: { url: { equals: hook.url } } })).docs
  expect(attempt).toMatchObject({ ok: false, statusCode: null, attempt: 1 })
  expect(attempt.error).toMatch(/fetch failed|ECONNREFUSED/i)
})

test('the secret is shown once, in the create answer, and never through any read', async () => {
  const { id, secret } = await webhook({ url: 'https://frontend.alt.test/api/revalidate', events: ['publish'] })
  expect(secret).toMatch(/^whsec_[0-9a-f]{64}$/)
  const reads = [
    (await rest('GET', `/${collectionSlugs.webhooks}/${id}`, { token: tokens.admin })).body,
    (await rest('GET', `/${collectionSlugs.webhooks}?select[secret]=true&select[url]=true`, { token: tokens.admin })).body,
    (await rest('PATCH', `/${collectionSlugs.webhooks}/${id}`, { token: tokens.admin, body: { active: true } })).body,
    (await graphql(`{ Webhooks { docs { id secret } } }`, { token: tokens.admin })).body,
    (await graphql(`query ($id: ${idType}) { Webhook(id: $id) { secret } }`, { token: tokens.admin, variables: { id } })).body,
    (await graphql(`mutation ($id: ${idType}) { updateWebhook(id: $id, data: { active: true }) { secret } }`, { token: tokens.admin, variables: { id } })).body,
    await payload.findByID({ collection: collectionSlugs.webhooks, id, overrideAccess: false, user: (await payload.find({ collection: 'users', where: { roles: { in: ['admin'] } }, limit: 1 })).docs[0] }),
    (await rest('GET', `/${collectionSlugs.webhookDeliveries}`, { token: tokens.admin })).body,
  ]
  for (const read of reads) expect(JSON.stringify(read)).not.toContain(secret)
  expect(JSON.stringify(reads)).not.toMatch(/whsec_/)
  // A secret sent by the caller is ignored: the server makes its own.
  const chosen = await webhook({ url: 'https://frontend.alt.test/api/other', events: ['publish'], secret: 'whsec_mine' })
  expect(chosen.secret).not.toBe('whsec_mine')

  // GraphQL creates answer with the secret too, once.
  const created = await graphql(`mutation { createWebhook(data: { url: "https://frontend.alt.test/x", events: [publish] }) { id secret } }`, { token: tokens.admin })
  expect(created.body.data.createWebhook.secret).toMatch(/^whsec_/)
})

test('only admins see or change webhooks and their deliveries', async () => {
  for (const token of [undefined, tokens.editor, tokens.manager, tokens.reviewer]) {
    expect((await rest('GET', `/${collectionSlugs.webhooks}`, { token })).status).toBe(403)
    expect((await rest('GET', `/${collectionSlugs.webhookDeliveries}`, { token })).status).toBe(403)
    expect((await rest('POST', `/${collectionSlugs.webhooks}`, { token, body: { url: 'https://x.test', events: ['publish'] } })).status).toBe(403)
  }
  const { id } = await webhook({ url: 'https://frontend.alt.test/api/revalidate', events: ['publish'] })
  expect((await rest('POST', `/${collectionSlugs.webhooks}/${id}/rotate-secret`, { token: tokens.editor })).status).toBe(403)
  expect((await rest('POST', `/${collectionSlugs.webhooks}/${id}/test`)).status).toBe(403)
  // Deliveries are written by the queue only.
  expect((await rest('POST', `/${collectionSlugs.webhookDeliveries}`, { token: tokens.admin, body: { deliveryId: 'x', event: 'test', url: 'x', attempt: 1, durationMs: 1 } })).status).toBe(403)
  expect((await rest('POST', `/${collectionSlugs.webhooks}`, { token: tokens.admin, body: { url: 'ftp://x.test', events: ['publish'] } })).status).toBe(400)
})

test('Send test delivers now and answers with the attempt; a rotated secret replaces the old one at once', async () => {
  const hook = await receiver()
  const { id, secret } = await webhook({ url: hook.url, events: ['delete'], active: false })
  const test = await rest('POST', `/${collectionSlugs.webhooks}/${id}/test`, { token: tokens.admin })
  expect(test.status).toBe(200)
  expect(test.body.delivery).toMatchObject({ event: 'test', ok: true, statusCode: 200, attempt: 1 })
  expect(JSON.parse(hook.received[0].body)).toMatchObject({ event: 'test', docId: null })
  expect(verifyWebhook(hook.received[0].body, hook.received[0].headers['x-alt-signature'] as string, secret)).toBe(true)

  const rotated = await rest('POST', `/${collectionSlugs.webhooks}/${id}/rotate-secret`, { token: tokens.admin })
  expect(rotated.status).toBe(200)
  expect(rotated.headers.get('cache-control')).toBe('no-store')
  const next = rotated.body.secret as string
  expect(next).toMatch(/^whsec_/)
  expect(next).not.toBe(secret)
  await rest('POST', `/${collectionSlugs.webhooks}/${id}/test`, { token: tokens.admin })
  const [, second] = hook.received
  expect(verifyWebhook(second.body, second.headers['x-alt-signature'] as string, next)).toBe(true)
  expect(verifyWebhook(second.body, second.headers['x-alt-signature'] as string, secret)).toBe(false)
})

test('docs/frontend.md’s Next.js route handler verifies deliveries and revalidates their tags', async () => {
  const hook = await receiver({ handle: revalidateRoute })
  const { secret } = await webhook({ url: hook.url, events: ['publish'], collections: [collectionSlugs.providerDiscounts] })
  process.env.ALT_WEBHOOK_SECRET = secret
  await rest('POST', `/${collectionSlugs.providerDiscounts}`, { token: tokens.editor, body: { ...discount('Team rate', 'team-rate'), _status: 'published' } })
  await runDeliveries()
  expect(hook.received.map((request) => request.answered)).toEqual([200])
  expect(revalidated).toEqual([collectionSlugs.providerDiscounts, `${collectionSlugs.providerDiscounts}:team-rate`])

  // A forged delivery is refused and revalidates nothing.
  const forged = await revalidateRoute(
    new Request('http://frontend.test/api/revalidate', { method: 'POST', headers: { 'x-alt-signature': webhookSignature('not-the-secret', '{}') }, body: '{}' }),
  )
  expect(forged.status).toBe(401)
  expect(revalidated).toHaveLength(2)
})

describe('webhooks reach public addresses only (SSRF)', () => {
  const refused = /private address refused/i
  const loopbackOrPrivate = [
    'http://127.0.0.1:6379',
    'http://0x7f000001:6379/',
    'http://2130706433:6379/',
    'http://127.1:6379/',
    'http://0177.0.0.1:6379/',
    'http://localhost:6379/',
    'http://LOCALHOST./',
    'http://admin.localhost/',
    'http://[::1]:6379/',
    'http://[::ffff:127.0.0.1]:6379/',
    'http://0.0.0.0:3000/',
    'http://[::]/',
    'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.1/',
    'http://172.16.5.4/',
    'http://192.168.1.1/',
    'http://100.64.0.1/',
    'http://[fe80::1]/',
    'http://[fd00::1]/',
    'http://224.0.0.1/',
  ]

  test('saving a webhook to a loopback, private, link-local or unspecified address, in any spelling, is a field error on url', async () => {
    for (const url of loopbackOrPrivate) {
      const res = await asAdmin('POST', `/${collectionSlugs.webhooks}`, { url, events: ['publish'] })
      expect({ url, status: res.status }).toEqual({ url, status: 400 })
      expect(res.body.errors[0].data.errors).toEqual([{ path: 'url', label: expect.anything(), message: expect.stringMatching(refused) }])
    }
    const { docs } = await payload.find({ collection: collectionSlugs.webhooks, where: { url: { in: loopbackOrPrivate } } })
    expect(docs).toEqual([])
  })

  test('an origin in WEBHOOK_ALLOWED_ORIGINS is saved and delivered to; another port of the same host is not', async () => {
    const hook = await unlistedReceiver()
    allowOrigins('https://frontend.alt.test', hook.origin)
    const otherPort = await asAdmin('POST', `/${collectionSlugs.webhooks}`, { url: `http://127.0.0.1:${hook.port === 65535 ? 1 : hook.port + 1}/`, events: ['publish'] })
    expect(otherPort.status).toBe(400)
    const created = await asAdmin('POST', `/${collectionSlugs.webhooks}`, { url: hook.url, events: ['publish'] })
    expect(created.status).toBe(201)
    const sent = await asAdmin('POST', `/${collectionSlugs.webhooks}/${created.body.doc.id}/test`)
    expect(sent.body.delivery).toMatchObject({ ok: true, statusCode: 200, error: null })
    expect(hook.received).toHaveLength(1)
  })

  test('when sending, an address that is not allowed (by IP or by name) is refused before connecting, recorded, and not retried', async () => {
    const hook = await unlistedReceiver()
    const byName = `http://localhost:${hook.port}/hook`
    // Allowed when saved; no longer when sent (the setting changed, or the name now resolves to loopback).
    allowOrigins(hook.origin, new URL(byName).origin)
    const ids: (number | string)[] = []
    for (const url of [hook.url, byName]) {
      const created = await asAdmin('POST', `/${collectionSlugs.webhooks}`, { url, events: ['publish'] })
      expect(created.status).toBe(201)
      ids.push(created.body.doc.id)
    }
    delete process.env.WEBHOOK_ALLOWED_ORIGINS

    for (const id of ids) {
      const sent = await asAdmin('POST', `/${collectionSlugs.webhooks}/${id}/test`)
      expect(sent.status).toBe(200)
      expect(sent.body.delivery).toMatchObject({ ok: false, statusCode: null, attempt: 1, error: expect.stringMatching(refused) })
    }
    expect(hook.connections).toBe(0)
    // A refusal is final: the job is cancelled rather than retried an hour long.
    const jobs = (await deliveryJobs()).filter((job) => ids.map(String).includes((job.input as { webhook: string }).webhook))
    expect(jobs.map((job) => ({ hasError: job.hasError, waitUntil: job.waitUntil ?? null, cancelled: (job.error as { cancelled?: boolean })?.cancelled }))).toEqual([
      { hasError: true, waitUntil: null, cancelled: true },
      { hasError: true, waitUntil: null, cancelled: true },
    ])
  })
})
