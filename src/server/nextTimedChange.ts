import type { Payload } from 'payload'

import { collectionSlugs } from '../slugs'

/**
 * Epoch ms of the first moment after `after` when a public answer changes with no write at
 * all: the soonest `activeFrom` or `activeUntil` after it among published provider discounts
 * (anonymous readers see a discount only inside its window). Infinity when there is none.
 */
export const nextTimedChange = async (payload: Payload, after: Date): Promise<number> => {
  const soonest = async (field: 'activeFrom' | 'activeUntil') => {
    const { docs } = await payload.find({
      collection: collectionSlugs.providerDiscounts,
      where: { and: [{ _status: { equals: 'published' } }, { [field]: { greater_than: after.toISOString() } }] },
      sort: field,
      limit: 1,
      depth: 0,
      select: { [field]: true },
    })
    const value = docs[0]?.[field]
    return value ? Date.parse(value) : Number.POSITIVE_INFINITY
  }
  const [from, until] = await Promise.all([soonest('activeFrom'), soonest('activeUntil')])
  return Math.min(from, until)
}
