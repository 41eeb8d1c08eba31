import { Redis } from 'ioredis'

/**
 * A Redis client for work that must not wait on Redis: it connects on first use, and with no
 * offline queue and one attempt per command, a command fails at once while Redis is down (the
 * caller decides what that means) instead of queueing; it keeps reconnecting in the background
 * until `close()`. Failures reach callers through their commands: the `error` listener only stops
 * ioredis from also printing every reconnect error. `commandTimeout` (ms) also fails a command
 * that a connected but unresponsive server never answers.
 */
export const failFastRedis = (url: string, { commandTimeout }: { commandTimeout?: number } = {}) => {
  let closed = false
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    // At close, a socket that already failed is not waited for (2 s by default).
    disconnectTimeout: 100,
    commandTimeout,
    retryStrategy: (attempt) => (closed ? null : Math.min(attempt * 200, 2000)),
  })
  client.on('error', () => undefined)
  return {
    client,
    close: () => {
      closed = true
      client.disconnect()
    },
  }
}
