import { Redis } from 'ioredis'
import { randomUUID } from 'node:crypto'

import { announceChange, contentChanges, deliverChange } from '../contentChanges'

/** The pub/sub channel on which instances announce content changes to each other. */
export const changesChannel = 'alt:content-changed'

type Options = {
  url: string
  /** Called with true while changes from other instances may be missed (Redis unreachable). */
  onDegraded: (degraded: boolean) => void
  log: { info: (message: string) => void; warn: (message: string) => void }
  channel?: string
}

/**
 * Carries content changes between app instances sharing a database: each local change is
 * published on Redis; each change published by another instance is announced here as remote.
 * While Redis is unreachable, `onDegraded(true)` (the cache then keeps answers only briefly);
 * once it is back, a remote change is announced too, since changes may have been missed meanwhile.
 */
export const bridgeChangesThroughRedis = ({ url, onDegraded, log, channel = changesChannel }: Options) => {
  const onRemoteChange = () => void announceChange('*', true)
  const instance = randomUUID()
  let closed = false
  const connection = { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000, retryStrategy: (attempt: number) => (closed ? null : Math.min(attempt * 200, 2000)) }
  // A writer waits for its change to be published (announceChange), so never for long.
  const publisher = new Redis(url, { ...connection, commandTimeout: 1000 })
  const subscriber = new Redis(url, connection)
  publisher.on('error', () => undefined)
  let degraded: boolean | undefined
  let warned = false
  const setDegraded = (value: boolean, reason?: string) => {
    if (value !== degraded) onDegraded((degraded = value))
    if (value && reason && !warned) {
      warned = true
      log.warn(`content cache: Redis unreachable (${reason}); other instances' changes may be missed, so answers are kept for a few seconds only`)
    } else if (!value && warned) {
      warned = false
      log.info('content cache: Redis reachable again; changes from other instances empty the cache')
    }
  }
  // Until the subscription is up, changes from other instances could be missed.
  setDegraded(true)
  subscriber.on('error', (error: Error) => setDegraded(true, error.message))
  subscriber.on('close', () => !closed && setDegraded(true, 'connection closed'))
  subscriber.on('message', (_channel: string, from: string) => {
    if (from !== instance) onRemoteChange()
  })
  subscriber.on('ready', () => {
    subscriber.subscribe(channel).then(
      () => {
        // Whatever changed while we were not listening.
        onRemoteChange()
        setDegraded(false)
      },
      (error: Error) => setDegraded(true, error.message),
    )
  })
  const publish = (_slug: string, remote: boolean) => {
    if (remote) return
    deliverChange(publisher.publish(channel, instance).catch((error: Error) => log.warn(`content cache: could not announce a change on Redis: ${error.message}`)))
  }
  contentChanges.on('change', publish)
  return {
    close: () => {
      closed = true
      contentChanges.off('change', publish)
      publisher.disconnect()
      subscriber.disconnect()
    },
  }
}

/** Announces one change on Redis from a process that runs no server (e.g. `npm run seed`). */
export const announceOnRedis = async (url: string, from: string, channel = changesChannel) => {
  const client = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2000, retryStrategy: () => null })
  try {
    await client.publish(channel, from)
  } finally {
    client.disconnect()
  }
}
