import { Redis } from 'ioredis'
import { randomUUID } from 'node:crypto'

/** The right to run the job queue and handle schedules, held by one process at a time. */
export type Lease = {
  /** True while this process holds the lease and has confirmed it recently. */
  held: () => boolean
  /** Lets it go (at shutdown), so another process takes over at once instead of after the TTL. */
  close: () => Promise<void>
}

/** A process alone with its database (SQLite, or a single worker without Redis) always holds it. */
export const soleLease = (): Lease => ({ held: () => true, close: async () => undefined })

// Renew and release only while the key still holds our token: a lease that expired and was
// taken by another process is never extended or deleted by its former holder.
const renewScript = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0`
const releaseScript = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`

type RedisLeaseOptions = {
  url: string
  key?: string
  /** How long the lease outlives its holder's last renewal: a dead holder is replaced after this. */
  ttlMs?: number
  /** Called each time this process takes the lease (not when it renews it). */
  onAcquired?: () => void
  onLost?: () => void
}

/**
 * A lease in Redis (`SET key token NX PX ttl`): every process tries to take it, and the holder
 * renews it every third of the TTL. A holder that dies (or loses Redis) stops renewing; the key
 * expires after the TTL and the next try by another process takes it. `held()` is false as soon
 * as a renewal is overdue by a third of the TTL, so a holder whose event loop stalled or whose
 * Redis went away stops starting work well before anyone else can take over.
 */
export const redisLease = async ({ url, key = 'alt:jobs-lease', ttlMs = 30_000, onAcquired, onLost }: RedisLeaseOptions): Promise<Lease> => {
  const token = randomUUID()
  let closed = false
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (attempt) => (closed ? null : Math.min(attempt * 200, 2000)),
  })
  // A failed try or renewal is handled below; without a listener ioredis prints each reconnect error.
  client.on('error', () => undefined)
  let confirmedAt = 0
  let holding = false
  const held = () => holding && Date.now() - confirmedAt < (ttlMs * 2) / 3

  const attempt = async () => {
    const startedAt = Date.now()
    try {
      const ok = holding
        ? (await client.eval(renewScript, 1, key, token, ttlMs)) === 1
        : (await client.set(key, token, 'PX', ttlMs, 'NX')) === 'OK'
      if (ok) {
        confirmedAt = startedAt
        if (!holding) onAcquired?.()
        holding = true
        return
      }
    } catch {
      // Redis unreachable: as good as lost once the renewal is overdue (see held()).
      if (holding && Date.now() - confirmedAt < ttlMs / 2) return
    }
    if (holding) onLost?.()
    holding = false
  }
  // Down at start: the client keeps reconnecting, and a later try takes the lease.
  await client.connect().catch(() => undefined)
  await attempt()
  const timer = setInterval(() => void attempt(), ttlMs / 3)
  return {
    held,
    close: async () => {
      closed = true
      clearInterval(timer)
      if (holding) await client.eval(releaseScript, 1, key, token).catch(() => undefined)
      holding = false
      client.disconnect()
    },
  }
}

/**
 * The lease for this process: in Redis when `REDIS_URL` is set, under `JOBS_LEASE_KEY` (so two
 * deployments can share one Redis) for `JOBS_LEASE_TTL_MS` (how soon a dead worker is replaced);
 * otherwise the sole lease of a process alone with its database.
 */
export const leaseFromEnv = (options: Pick<RedisLeaseOptions, 'onAcquired' | 'onLost'> = {}, env: Record<string, string | undefined> = process.env) =>
  env.REDIS_URL
    ? redisLease({ ...options, url: env.REDIS_URL, key: env.JOBS_LEASE_KEY || undefined, ttlMs: Number(env.JOBS_LEASE_TTL_MS) || undefined })
    : Promise.resolve(soleLease())
