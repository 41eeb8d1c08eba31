// app/api/revalidate/route.ts in a Next.js frontend: the URL to give the webhook.
import { revalidateTag } from 'next/cache'

import { verifyWebhook } from './verifyWebhook'

export async function POST(request: Request) {
  const body = await request.text()
  if (!verifyWebhook(body, request.headers.get('x-alt-signature'), process.env.ALT_WEBHOOK_SECRET!)) {
    return Response.json({ error: 'Invalid signature' }, { status: 401 })
  }
  const change = JSON.parse(body) as { event: string; collection?: string; global?: string; slug: string | null }
  // Tag your fetches the same way: fetch(url, { next: { tags: ['articles', 'articles:my-slug'] } })
  const kind = change.collection ?? change.global
  if (kind) revalidateTag(kind, 'max')
  if (kind && change.slug) revalidateTag(`${kind}:${change.slug}`, 'max')
  return Response.json({ revalidated: true })
}
