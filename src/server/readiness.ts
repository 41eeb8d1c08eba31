import type { Payload } from 'payload'

import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3'
import { setTimeout as sleep } from 'node:timers/promises'

import { failFastRedis } from '../redis'
import { s3ClientConfig } from '../s3Client'
import { collectionSlugs } from '../slugs'

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
  const { client, close } = failFastRedis(url)
  return {
    check: async () => {
      if (client.status === 'wait') await client.connect()
      return (await client.ping()) === 'PONG'
    },
    close,
  }
}

/** The media bucket answers (and these credentials may use it). */
const s3Probe = (env: Record<string, string | undefined>) => {
  const client = new S3Client({ ...s3ClientConfig(env), maxAttempts: 1 })
  return { check: () => client.send(new HeadBucketCommand({ Bucket: env.S3_BUCKET })), close: () => client.destroy() }
}

/**
 * `/readyz`: every configured component with its state. Only the database gates readiness
 * (503 when it does not answer); Redis (shared rate limits, the jobs lease) or S3 (media) down
 * only degrades the instance, which keeps taking patients' messages.
 */
export const readiness = (payload: Payload, env: Record<string, string | undefined> = process.env) => {
  const redis = env.REDIS_URL ? redisProbe(env.REDIS_URL) : undefined
  const s3 = env.S3_BUCKET ? s3Probe(env) : undefined
  const optional: Record<string, () => Promise<unknown>> = { ...(redis && { redis: redis.check }), ...(s3 && { s3: s3.check }) }
  return {
    check: async (timeoutMs = 2000): Promise<Readiness> => {
      const [database, ...others] = await Promise.all([
        // A cheap query through whichever adapter is configured; a hang (MongoDB looking for a server) counts as down.
        within(() => payload.count({ collection: collectionSlugs.users }), timeoutMs),
        ...Object.values(optional).map((check) => within(check, timeoutMs)),
      ])
      const components: Record<string, ComponentState> = { database: database ? 'up' : 'down' }
      Object.keys(optional).forEach((name, i) => (components[name] = others[i] ? 'up' : 'degraded'))
      const status = !database ? 'unavailable' : others.every(Boolean) ? 'ready' : 'degraded'
      return { status, components }
    },
    close: () => {
      redis?.close()
      s3?.close()
    },
  }
}
