import type { PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'

import { collectionSlugs, taskSlugs } from '../slugs'

export const webhookEvents = ['publish', 'unpublish', 'update', 'delete'] as const
export type WebhookEvent = (typeof webhookEvents)[number] | 'test'

/** What changed, as the receiver gets it (`id` is the delivery id, also sent as X-ALT-Delivery). */
export type WebhookBody = {
  id: string
  event: WebhookEvent
  collection?: string
  global?: string
  docId: number | string | null
  slug: string | null
  occurredAt: string
}

type Change = { event: WebhookEvent; collection?: string; global?: string; docId: number | string | null; slug: string | null }

/**
 * Queues one delivery per active webhook whose events and collections match the change, on
 * Payload's job queue (in the request's transaction: a change that rolls back sends nothing).
 * The request never waits for a receiver; `deliver-webhook` sends, and retries.
 */
export const queueWebhookDeliveries = async (
  req: PayloadRequest,
  change: Change,
  onlyWebhook?: number | string,
): Promise<{ jobId: number | string; deliveryId: string }[]> => {
  const entity = change.collection ?? change.global
  const { docs: webhooks } = await req.payload.find({
    collection: collectionSlugs.webhooks,
    where: onlyWebhook === undefined ? { active: { equals: true } } : { id: { equals: onlyWebhook } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const matching = webhooks.filter(
    (webhook) =>
      onlyWebhook !== undefined ||
      (webhook.events?.includes(change.event as never) && (!webhook.collections?.length || webhook.collections.includes(entity as never))),
  )
  const occurredAt = new Date().toISOString()
  const jobs = []
  for (const webhook of matching) {
    const body: WebhookBody = { id: randomUUID(), ...change, occurredAt }
    const job = await req.payload.jobs.queue({
      task: taskSlugs.deliverWebhook,
      input: { webhook: String(webhook.id), event: change.event, body: JSON.stringify(body) },
      req,
    })
    jobs.push({ jobId: job.id, deliveryId: body.id })
  }
  return jobs
}
