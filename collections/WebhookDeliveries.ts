import type { CollectionConfig } from 'payload'

import { admins } from '../src/access/roles'
import { collectionSlugs } from '../src/slugs'

const nobody = () => false

/**
 * One record per attempt to deliver a webhook: when, to where, the receiver's status, how long
 * it took, and the error. Written by the `deliver-webhook` task only; admins read them (and may
 * delete old ones). A retried delivery has one record per try, all with the same `deliveryId`.
 */
export const WebhookDeliveries: CollectionConfig = {
  slug: collectionSlugs.webhookDeliveries,
  labels: { singular: 'Webhook delivery', plural: 'Webhook deliveries' },
  admin: {
    useAsTitle: 'deliveryId',
    defaultColumns: ['createdAt', 'event', 'url', 'attempt', 'statusCode', 'ok', 'durationMs', 'error'],
    description: 'Every attempt to deliver a webhook. Failed deliveries are retried 6 times over about an hour. Send a test from a webhook’s page.',
    group: 'Settings',
  },
  access: { read: admins, create: nobody, update: nobody, delete: admins },
  disableDuplicate: true,
  defaultSort: '-createdAt',
  fields: [
    { name: 'webhook', type: 'relationship', relationTo: collectionSlugs.webhooks, index: true },
    { name: 'deliveryId', type: 'text', required: true, index: true, admin: { description: 'The X-ALT-Delivery header: the same on every retry.' } },
    { name: 'event', type: 'text', required: true },
    { name: 'url', type: 'text', required: true },
    { name: 'attempt', type: 'number', required: true },
    { name: 'statusCode', type: 'number', admin: { description: 'The receiver’s HTTP status; empty when it could not be reached.' } },
    { name: 'ok', type: 'checkbox', required: true, defaultValue: false },
    { name: 'durationMs', type: 'number', required: true, label: 'Duration (ms)' },
    { name: 'error', type: 'text' },
    { name: 'body', type: 'textarea', admin: { description: 'The JSON that was sent.' } },
  ],
}
