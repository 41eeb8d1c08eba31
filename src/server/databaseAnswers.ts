import type { Payload } from 'payload'

import { setTimeout as sleep } from 'node:timers/promises'

import { collectionSlugs } from '../slugs'

/**
 * Readiness probe: a cheap query through whichever adapter is configured. A database that
 * hangs (e.g. MongoDB looking for a server) counts as down after `timeoutMs`.
 */
export const databaseAnswers = (payload: Payload, timeoutMs = 2000): Promise<boolean> =>
  Promise.race([
    payload.count({ collection: collectionSlugs.users }).then(
      () => true,
      () => false,
    ),
    sleep(timeoutMs, false, { ref: false }),
  ])
