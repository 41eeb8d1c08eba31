import type { TaskConfig } from 'payload'

import { JobCancelledError } from 'payload'

import { webhookDeliveries } from '../metrics/metrics'
import { collectionSlugs, taskSlugs } from '../slugs'
import { postToDestination, RefusedDestination } from './destination'
import { webhookSignature } from './signature'

/** A receiver that takes longer than this has failed this attempt. */
const timeoutMs = 10_000

/**
 * Retries after a failed attempt: 6, waiting 1, 2, 4, 8, 16 and 32 minutes (Payload's exponential
 * backoff doubles `delay` each time), so 7 tries over about 63 minutes. The queue runs every 5
 * seconds (src/jobs/runner.ts), so a first try leaves within seconds of the change.
 */
export const webhookRetries = { attempts: 6, backoff: { type: 'exponential' as const, delay: 60_000 } }

/**
 * One try: the receiver's status, or why it failed; `final` when trying again cannot help (a
 * refused destination, a secret stored with another PAYLOAD_SECRET).
 */
const attempt = async (url: string, secret: string | null | undefined, deliveryId: string, body: string): Promise<{ status?: number; error?: string; final?: boolean }> => {
  if (!secret) return { error: 'The webhook’s secret cannot be read (it was stored with another PAYLOAD_SECRET): rotate it.', final: true }
  try {
    const status = await postToDestination(url, {
      headers: {
        'content-type': 'application/json',
        'user-agent': 'ALT-Webhooks/1',
        'x-alt-delivery': deliveryId,
        'x-alt-signature': webhookSignature(secret, body),
      },
      body,
      timeoutMs,
    })
    return status >= 200 && status <= 299 ? { status } : { status, error: `The receiver answered ${status}.` }
  } catch (cause) {
    if (cause instanceof RefusedDestination) return { error: cause.message, final: true }
    return { error: cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause) }
  }
}

/**
 * Sends one delivery: POSTs the body, signed, to the webhook's URL, and records the attempt
 * (status, duration, error) in `webhook-deliveries`. Anything but a 2xx answer fails the task,
 * so Payload's job queue tries again later with the same body and X-ALT-Delivery id (and a
 * fresh signature time). A refused destination is recorded and not retried. A webhook deleted
 * meanwhile ends the delivery quietly.
 */
export const deliverWebhook: TaskConfig<typeof taskSlugs.deliverWebhook> = {
  slug: taskSlugs.deliverWebhook,
  label: 'Deliver a webhook',
  inputSchema: [
    { name: 'webhook', type: 'text', required: true },
    { name: 'event', type: 'text', required: true },
    { name: 'body', type: 'text', required: true },
  ],
  retries: webhookRetries,
  handler: async ({ input, job, req }) => {
    const { payload } = req
    const webhook = await payload.findByID({
      collection: collectionSlugs.webhooks,
      id: input.webhook,
      depth: 0,
      disableErrors: true,
      showHiddenFields: true,
      overrideAccess: true,
      req,
    })
    if (!webhook) return { output: {} }
    const deliveryId = (JSON.parse(input.body) as { id: string }).id
    const started = performance.now()
    const { status, error, final } = await attempt(webhook.url, webhook.secret, deliveryId, input.body)
    webhookDeliveries.inc({ outcome: !error ? 'delivered' : final ? 'refused' : 'failed' })
    await payload.create({
      collection: collectionSlugs.webhookDeliveries,
      data: {
        webhook: webhook.id,
        deliveryId,
        event: input.event,
        url: webhook.url,
        attempt: (job.totalTried ?? 0) + 1,
        statusCode: status ?? null,
        ok: !error,
        durationMs: Math.round(performance.now() - started),
        error: error ?? null,
        body: input.body,
      },
      overrideAccess: true,
      req,
    })
    if (error) throw final ? new JobCancelledError(error) : new Error(error)
    return { output: {} }
  },
}
