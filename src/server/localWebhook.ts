import type { Payload } from 'payload'

import { localWebsite } from '../env'
import { collectionSlugs } from '../slugs'
import { webhookEvents } from '../webhooks/events'

/**
 * Outside production, a webhook for the local website (`npm run website`): every change is
 * POSTed to its revalidation route, signed with the secret the site knows in development, so a
 * publish shows there in seconds. Added once; an admin may deactivate or delete it (it is not
 * added again while one with this URL exists).
 */
export const ensureLocalWebhook = async (payload: Payload) => {
  const url = `${localWebsite.origin}/api/revalidate`
  const { totalDocs } = await payload.count({ collection: collectionSlugs.webhooks, where: { url: { equals: url } }, overrideAccess: true })
  if (totalDocs > 0) return
  const { id } = await payload.create({ collection: collectionSlugs.webhooks, data: { url, events: [...webhookEvents] }, overrideAccess: true })
  // Creating makes a random secret; the local site's is fixed (as rotate-secret sets one).
  await payload.update({ collection: collectionSlugs.webhooks, id, data: { secret: localWebsite.webhookSecret }, overrideAccess: true })
  payload.logger.info(`Added a webhook for the local website (${url}); production needs none of this`)
}
