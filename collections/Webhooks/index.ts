import type { CollectionAfterOperationHook, CollectionBeforeChangeHook, CollectionConfig, Endpoint } from 'payload'

import { contentPolicy } from '../../src/access/policy'
import { admins, userHasRole } from '../../src/access/roles'
import { jsonError } from '../../src/endpoints/jsonError'
import { encryptedText } from '../../src/fields/encryptedText'
import { selectOptions } from '../../src/fields/selectOptions'
import { collectionSlugs } from '../../src/slugs'
import { destinationProblem } from '../../src/webhooks/destination'
import { queueWebhookDeliveries, webhookEvents } from '../../src/webhooks/events'
import { newWebhookSecret } from '../../src/webhooks/signature'
import { client } from '../../src/packageEntries'

const nobody = () => false
const noStore = { 'cache-control': 'no-store' }
const secretKey = 'webhooks:new-secret'

/** A new webhook gets its secret here, whatever the caller sent (the field takes no input). */
const generateSecret: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const secret = newWebhookSecret()
  req.context[secretKey] = secret
  return { ...data, secret }
}

/** The create answer (REST and GraphQL) carries the secret: the one time it is ever readable. */
const revealSecretOnce: CollectionAfterOperationHook = ({ operation, req, result }) => {
  const secret = req.context[secretKey]
  if (operation !== 'create' || !secret) return result
  delete req.context[secretKey]
  return { ...(result as object), secret } as typeof result
}

/** `POST /api/webhooks/:id/…` for admins only, on a webhook that exists. */
const adminAction = (path: string, run: (id: string, req: Parameters<Endpoint['handler']>[0]) => Promise<Response>): Endpoint => ({
  path: `/:id/${path}`,
  method: 'post',
  handler: async (req) => {
    if (!userHasRole(req.user, 'admin')) return jsonError(403, 'You are not allowed to perform this action.')
    const id = String(req.routeParams?.id)
    const exists = await req.payload.findByID({ collection: collectionSlugs.webhooks, id, depth: 0, disableErrors: true, overrideAccess: true, req })
    if (!exists) return jsonError(404, 'Not Found')
    return run(id, req)
  },
})

/** `POST /api/webhooks/:id/rotate-secret` → `{ secret }`, the new one, shown this once. The old one stops working. */
const rotateSecret = adminAction('rotate-secret', async (id, req) => {
  const secret = newWebhookSecret()
  await req.payload.update({ collection: collectionSlugs.webhooks, id, data: { secret }, overrideAccess: true, req })
  return Response.json({ secret }, { headers: noStore })
})

/**
 * `POST /api/webhooks/:id/test` → a `test` delivery to this webhook (active or not), sent now
 * rather than at the queue's next run; answers with the attempt as `webhook-deliveries` records
 * it. If it failed, the queue retries it like any other delivery.
 */
const sendTest = adminAction('test', async (id, req) => {
  const [{ jobId, deliveryId }] = await queueWebhookDeliveries(req, { event: 'test', docId: null, slug: null }, id)
  await req.payload.jobs.runByID({ id: jobId, req })
  const { docs } = await req.payload.find({
    collection: collectionSlugs.webhookDeliveries,
    where: { deliveryId: { equals: deliveryId } },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return Response.json({ delivery: docs[0] ?? null }, { headers: noStore })
})

/**
 * Where to tell a frontend that content changed (admins only). Each matching publish,
 * unpublish, update or delete is POSTed, signed with the webhook's secret, by Payload's job
 * queue (see src/webhooks/). The secret is made on create, answered once in the create
 * response, and never readable again: rotate it to get a new one.
 */
export const Webhooks: CollectionConfig = {
  slug: collectionSlugs.webhooks,
  labels: { singular: 'Webhook', plural: 'Webhooks' },
  admin: {
    useAsTitle: 'url',
    defaultColumns: ['url', 'events', 'collections', 'active', 'updatedAt'],
    description:
      'Frontends to tell when content is published, unpublished, updated or deleted. Each POST is signed with the webhook’s secret: use “Rotate secret” to see a new one (it is shown once).',
    group: 'Settings',
  },
  access: { read: admins, create: admins, update: admins, delete: admins },
  disableDuplicate: true,
  hooks: { beforeChange: [generateSecret], afterOperation: [revealSecretOnce] },
  endpoints: [rotateSecret, sendTest],
  fields: [
    {
      name: 'url',
      type: 'text',
      required: true,
      admin: { description: 'The receiver, e.g. https://www.alt.clinic/api/revalidate. Webhooks go to public addresses only.' },
      validate: (value: unknown) => destinationProblem(value) ?? true,
    },
    { name: 'events', type: 'select', hasMany: true, required: true, options: selectOptions(webhookEvents) },
    {
      name: 'collections',
      type: 'select',
      hasMany: true,
      options: selectOptions(Object.keys(contentPolicy)),
      admin: { description: 'Only changes to these; empty: all public content.' },
    },
    { name: 'active', type: 'checkbox', defaultValue: true },
    // Never in an API answer (REST, GraphQL, admin): only the delivery task reads it. Stored encrypted.
    encryptedText({ name: 'secret', hidden: true, access: { create: nobody, update: nobody, read: nobody } }),
    { name: 'actions', type: 'ui', admin: { components: { Field: `${client}#WebhookActions` } } },
  ],
}
