import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, Payload, PayloadRequest } from 'payload'

import { announceChange } from '../contentChanges'

/** Transactions that changed content, announced once they commit (id → a slug they changed). */
const changedIn = new Map<number | string, string>()

/**
 * A change is announced once readers can see it: inside a transaction, after its commit. Announced
 * before, a read in between would fetch the old document and the cache would keep it.
 */
const announce = async (req: PayloadRequest, slug: string) => {
  const transaction = await req.transactionID
  // A transaction's id is a string or a number. Where the database runs none (MongoDB without a
  // replica set, FerretDB), Payload leaves a promise of null here, which its relationship
  // dataloader can turn into `{}` (it serialises the id as JSON): no commit will come to wait for.
  if (typeof transaction !== 'string' && typeof transaction !== 'number') return announceChange(slug)
  announceOnCommit(req.payload.db)
  changedIn.set(transaction, slug)
}

export const announceCollectionChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  await announce(req, collection.slug)
  return doc
}

export const announceCollectionDelete: CollectionAfterDeleteHook = async ({ collection, req }) => {
  await announce(req, collection.slug)
}

export const announceGlobalChange: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  await announce(req, global.slug)
  return doc
}

const watched = new WeakSet<Payload['db']>()

/**
 * Announces the changes of each transaction when the database adapter commits it (and forgets
 * them when it rolls back), from the first change on. Payload has no after-commit hook; the
 * adapter's own commit runs unchanged, then the announcement.
 */
const announceOnCommit = (db: Payload['db']) => {
  if (watched.has(db)) return
  watched.add(db)
  const commit = db.commitTransaction?.bind(db)
  const rollback = db.rollbackTransaction?.bind(db)
  if (!commit || !rollback) return
  db.commitTransaction = async (id) => {
    await commit(id)
    const key = (await id) as number | string
    const slug = changedIn.get(key)
    if (slug === undefined) return
    changedIn.delete(key)
    await announceChange(slug)
  }
  db.rollbackTransaction = async (id) => {
    await rollback(id)
    changedIn.delete((await id) as number | string)
  }
}
