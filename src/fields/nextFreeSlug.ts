import type { PayloadRequest } from 'payload'

import { createHash } from 'node:crypto'
import { LRUCache } from 'lru-cache'

/**
 * Slugs handed out in this process during the last half minute, per collection: a save between
 * choosing its slug and writing it holds one, so two saves of the same title at once get
 * `title` and `title-2` instead of one of them failing on the unique index. (SQLite already
 * writes one transaction at a time, and PostgreSQL also takes a lock: see {@link lockSlugs}; on
 * MongoDB this is what keeps concurrent saves of one process apart.)
 */
const handedOut = new LRUCache<string, true>({ max: 10_000, ttl: 30_000 })

/** Any number, the same in every process: the first half of each slug lock's key. */
const slugLockSpace = 7_220_413

/**
 * PostgreSQL: concurrent saves that generate a slug in one collection take turns until their
 * transaction ends, even across app instances, so each sees the slugs the others wrote. Other
 * databases: nothing to do (see {@link handedOut}).
 */
const lockSlugs = async (req: PayloadRequest, collection: string) => {
  const db = req.payload.db as unknown as {
    name: string
    sessions?: Record<string, { db: unknown }>
    execute?: (args: { db: unknown; raw: string }) => Promise<unknown>
  }
  const transactionID = await req.transactionID
  const session = transactionID === undefined ? undefined : db.sessions?.[String(transactionID)]
  if (db.name !== 'postgres' || !session || !db.execute) return
  const key = createHash('sha256').update(collection).digest().readInt32BE(0)
  await db.execute({ db: session.db, raw: `SELECT pg_advisory_xact_lock(${slugLockSpace}, ${key})` })
}

/**
 * The first of `base`, `base-2`, `base-3`… that no other document of the collection has (drafts
 * included, since the unique index covers them) and no concurrent save is about to take. `doc`
 * is the document being saved, when it exists: its own slug is free for it.
 */
export const nextFreeSlug = async ({ base, collection, doc, req }: { base: string; collection: string; doc?: { id: number | string; slug?: unknown }; req: PayloadRequest }) => {
  await lockSlugs(req, collection)
  const similar = await req.payload.find({
    collection: collection as 'articles',
    where: { slug: { like: base }, ...(doc ? { id: { not_equals: doc.id } } : {}) },
    select: { slug: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const taken = new Set(similar.docs.map((doc) => doc.slug))
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    if (candidate === doc?.slug) return candidate
    const key = `${collection}\u0000${candidate}`
    if (taken.has(candidate) || handedOut.has(key)) continue
    handedOut.set(key, true)
    return candidate
  }
}
