import type { Payload } from 'payload'

import { Redis } from 'ioredis'
import { setTimeout as sleep } from 'node:timers/promises'

import { databaseAnswers } from './databaseAnswers'

/** `up`, or what its failure means: the database down makes the instance unavailable, the rest degrade it. */
export type ComponentState = 'up' | 'down' | 'degraded'

export type Readiness = { status: 'ready' | 'degraded' | 'unavailable'; components: Record<string, ComponentState> }

/** Whether `check` resolves true within `timeoutMs`; a rejection or a hang counts as no. */
const within = (check: () => Promise<unknown>, timeoutMs: number): Promise<boolean> =>
  Promise.race([
    check().then(
      (result) => result !== false,
      () => false,
    ),
    sleep(timeoutMs, false, { ref: false }),
  ])

/** Answers PING, on a connection of its own kept for the probes (reconnecting in the background). */
const redisProbe = (url: string) => {
  let closed = false
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    // At close, a socket that already failed is not waited for (2 s by default).
    disconnectTimeout: 100,
    retryStrategy: (attempt) => (closed ? null : Math.min(attempt * 200, 2000)),
  })
  client.on('error', () => undefined)
  return {
    check: async () => {
      if (client.status === 'wait') await client.connect()
      return (await client.ping()) === 'PONG'
    },
    close: () => {
      closed = true
      client.disconnect()
    },
  }
}

/**
 * `/readyz`: every configured component with its state. Only the database gates readiness
 * (503 when it does not answer); Redis down (shared rate limits, the jobs lease) only degrades
 * the instance, which keeps taking patients' messages.
 */
export const readiness = (payload: Payload, env: Record<string, string | undefined> = process.env) => {
  const redis = env.REDIS_URL ? redisProbe(env.REDIS_URL) : undefined
  const optional: Record<string, () => Promise<unknown>> = redis ? { redis: redis.check } : {}
  return {
    check: async (timeoutMs = 2000): Promise<Readiness> => {
      const [database, ...others] = await Promise.all([
        databaseAnswers(payload, timeoutMs),
        ...Object.values(optional).map((check) => within(check, timeoutMs)),
      ])
      const components: Record<string, ComponentState> = { database: database ? 'up' : 'down' }
      Object.keys(optional).forEach((name, i) => (components[name] = others[i] ? 'up' : 'degraded'))
      const status = !database ? 'unavailable' : others.every(Boolean) ? 'ready' : 'degraded'
      return { status, components }
    },
    close: () => redis?.close(),
  }
}
