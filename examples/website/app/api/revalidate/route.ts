import { revalidateTag } from 'next/cache'

import { verifyWebhook } from '../../../../verifyWebhook'
import { contentTag } from '../../../lib/content'
import { webhookSecret } from '../../../lib/settings'

/**
 * Deliveries seen in the last 5 minutes, by their signed `id`: a delivery captured and sent
 * again within the signature's 5-minute window is refused (older ones fail verifyWebhook).
 * Kept in this process: behind several instances each refuses its own repeats.
 */
const seen = new Map<string, number>()
const windowMs = 5 * 60 * 1000

/** The URL to give the content server's webhook: every publish, update, unpublish or delete. */
export async function POST(request: Request) {
  const body = await request.text()
  if (!verifyWebhook(body, request.headers.get('x-alt-signature'), webhookSecret())) {
    return Response.json({ error: 'Invalid signature' }, { status: 401 })
  }
  const { id } = JSON.parse(body) as { id: string }
  const now = Date.now()
  for (const [delivery, at] of seen) if (now - at > windowMs) seen.delete(delivery)
  if (seen.has(id)) return Response.json({ error: 'This delivery was already received' }, { status: 409 })
  seen.set(id, now)
  // Expired at once rather than served stale once more: right after a publish the editor
  // opens the page and expects the change.
  revalidateTag(contentTag, { expire: 0 })
  return Response.json({ revalidated: true })
}
