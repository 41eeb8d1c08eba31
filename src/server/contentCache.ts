import { LRUCache } from 'lru-cache'
import { createHash } from 'node:crypto'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

import { cacheEvictions, cacheLookups, cachePurges, cacheStores } from '../metrics/metrics'

// Bound once: on a hit, the counter is the only work besides the lookup.
const hits = cacheLookups.labels({ result: 'hit' })
const misses = cacheLookups.labels({ result: 'miss' })

/** The encodings an answer is stored in besides identity. */
export type Encoding = 'br' | 'gzip'

/** One public JSON answer, with its compressed forms made once when it is stored. */
export type StoredAnswer = {
  /** Strong validator of the identity bytes; each encoding gets its own suffix (see etagFor). */
  etag: string
  contentType: string
  body: Buffer
  gzip?: Buffer
  br?: Buffer
}

// Under 1 KB compression saves less than a packet and costs a little CPU.
const compressFrom = 1024

/**
 * The answer for these bytes: its ETag and, when worth it, the compressed forms asked for (both
 * for a cache entry, made once; only the client's own for an answer that is not stored).
 */
export const storedAnswer = (body: Buffer, contentType: string, encodings: (Encoding | undefined)[]): StoredAnswer => {
  const etag = createHash('sha256').update(body).digest('base64url').slice(0, 27)
  const answer: StoredAnswer = { etag, contentType, body }
  if (body.length < compressFrom) return answer
  if (encodings.includes('gzip')) answer.gzip = gzipSync(body, { level: 6 })
  // Quality 5: a few per cent larger than 11 on JSON, and many times faster.
  if (encodings.includes('br')) answer.br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
  return answer
}

/** The ETag header of one representation: gzip and br bytes differ, so their tags do too. */
export const etagFor = (answer: StoredAnswer, encoding: Encoding | undefined) => `"${answer.etag}${encoding ? `-${encoding}` : ''}"`

const sizeOf = (answer: StoredAnswer) => answer.body.length + (answer.gzip?.length ?? 0) + (answer.br?.length ?? 0) + answer.contentType.length + 100

type CacheOptions = {
  /** The memory budget: identity and compressed bytes of every entry (CONTENT_CACHE_MAX_MB). */
  maxBytes: number
  /** Epoch ms of the first moment after `after` when an answer may change with no write (Infinity: never). */
  nextTimedChange: (after: Date) => Promise<number>
  onError: (error: Error) => void
}

/**
 * The in-memory store of anonymous answers: a least-recently-used map bounded by bytes.
 *
 * Never stale: every entry is dropped on any content change (`purge`). A finer purge would have
 * to know which answers a change touches, and with `depth` and `jsonLd` an answer embeds other
 * documents (a service's name inside an article), so all of them. Changes are rare next to
 * reads, and one read per URL refills. No entry outlives the next discount boundary
 * (`nextTimedChange`): nothing is stored until it is known, and passing it purges everything.
 *
 * A read that began before a purge must not store its (possibly old) answer after it: `begin`
 * hands out a ticket, and `store` refuses tickets from before the last purge.
 */
export class ContentCache {
  private readonly entries: LRUCache<string, StoredAnswer>
  private generation = 0
  /** When the last purge was: every answer stored since was built after it. */
  private purgedAt = new Date()
  /** Epoch ms at which every entry becomes void; NaN while not yet known (nothing is stored). */
  private validUntil = Number.NaN
  private refreshing: Promise<void> | undefined
  /** Time to live of each new entry while invalidation may not arrive (Redis down); 0: none. */
  private entryTtlMs = 0

  constructor(private readonly options: CacheOptions) {
    this.entries = new LRUCache<string, StoredAnswer>({
      maxSize: options.maxBytes,
      sizeCalculation: sizeOf,
      // Dropped for room (not a purge, an expiry or a replacement): the budget is too small.
      disposeAfter: (_answer, _key, reason) => reason === 'evict' && cacheEvictions.inc(),
    })
  }

  get(key: string): StoredAnswer | undefined {
    if (Date.now() >= this.validUntil) this.purge('timed')
    const answer = Number.isNaN(this.validUntil) ? undefined : this.entries.get(key)
    if (answer) hits.inc()
    else misses.inc()
    return answer
  }

  /** A ticket for a read about to run: `store` accepts its answer only if no purge came between. */
  begin() {
    return this.generation
  }

  /** Stores the answer, once the next timed change is known (the first store after a purge asks). */
  async store(ticket: number, key: string, answer: StoredAnswer) {
    if (Number.isNaN(this.validUntil)) await this.refresh()
    if (ticket !== this.generation || !(Date.now() < this.validUntil)) return
    this.entries.set(key, answer, this.entryTtlMs ? { ttl: this.entryTtlMs } : undefined)
    cacheStores.inc()
  }

  /**
   * Drops every entry; nothing is stored again until the next timed change is known. `source`
   * (why: a change here, one from another instance, a discount boundary, Redis lost) is counted.
   */
  purge(source: 'local' | 'redis' | 'timed' | 'degraded') {
    cachePurges.inc({ source })
    this.generation++
    this.purgedAt = new Date()
    this.validUntil = Number.NaN
    this.entries.clear()
  }

  setEntryTtl(ms: number) {
    this.entryTtlMs = ms
  }

  get bytes() {
    return this.entries.calculatedSize
  }

  get size() {
    return this.entries.size
  }

  private refresh(): Promise<void> {
    if (!this.refreshing) {
      const generation = this.generation
      this.refreshing = this.options
        // From the purge on, not from now: a boundary passed since then voids what was built before it.
        .nextTimedChange(this.purgedAt)
        .then(
          // Worked out before a purge, it may miss the change that caused it: not kept.
          (until) => {
            if (generation === this.generation) this.validUntil = until
          },
          (error: unknown) => this.options.onError(error instanceof Error ? error : new Error(String(error))),
        )
        .finally(() => {
          this.refreshing = undefined
        })
    }
    return this.refreshing
  }
}
