import { revalidateTag } from 'next/cache'

import { verifyWebhook } from '../../../../verifyWebhook'
import { contentTag } from '../../../lib/content'
import { webhookSecret } from '../../../lib/settings'

/**
 * Signatures accepted in the last 5 minutes: a request captured and sent again within its
 * signature's 5-minute window is refused (older ones fail verifyWebhook). The content server
 * signs each retry afresh, so a retry of a delivery that failed is still taken. Kept in this
 * process: behind several instances, each refuses its own repeats.
 */
const seen = new Map<string, number>()
const windowMs = 5 * 60 * 1000

/** The URL to give the content server's webhook: every publish, update, unpublish or delete. */
export async function POST(request: Request) {
  const body = await request.text()
  const signature = request.headers.get('x-alt-signature')
  if (!verifyWebhook(body, signature, webhookSecret())) {
    return Response.json({ error: 'Invalid signature' }, { status: 401 })
  }
  const now = Date.now()
  for (const [old, at] of seen) if (now - at > windowMs) seen.delete(old)
  if (seen.has(signature!)) return Response.json({ error: 'This request was already received' }, { status: 409 })
  seen.set(signature!, now)
  // Expired at once rather than served stale once more: right after a publish the editor
  // opens the page and expects the change.
  revalidateTag(contentTag, { expire: 0 })
  return Response.json({ revalidated: true })
}
