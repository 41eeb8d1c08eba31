import { EventEmitter } from 'node:events'

/**
 * Every change to content, announced by the plugin's afterChange/afterDelete hooks on its
 * collections and global whichever API made it (REST, GraphQL, Local API, jobs, the seed, a
 * version restore), and by the Redis bridge for changes made by other instances (`remote`).
 * What is built from content and kept in memory (the response cache, built `jsonLd`) listens.
 */
// One per process, even if a bundler (Next) loads a second copy of this module.
const shared = globalThis as {
  altContentChanges?: EventEmitter<{ change: [slug: string, remote: boolean] }>
  altChangeDeliveries?: Set<Promise<unknown>>
}
export const contentChanges = (shared.altContentChanges ??= new EventEmitter<{ change: [slug: string, remote: boolean] }>())
// A few listeners per server, and tests start a few servers in one process.
contentChanges.setMaxListeners(50)
const deliveries = (shared.altChangeDeliveries ??= new Set())

/**
 * Tells the listeners, and resolves once the news has left for the other instances (see
 * {@link deliverChange}): the writer's answer waits for it, so that whichever instance the
 * writer's next request reaches has already been told.
 */
export const announceChange = async (slug: string, remote = false) => {
  contentChanges.emit('change', slug, remote)
  await Promise.all(deliveries)
}

/** A listener's sending of a change to other instances, which {@link announceChange} waits for. */
export const deliverChange = (delivery: Promise<unknown>) => {
  deliveries.add(delivery)
  void delivery.finally(() => deliveries.delete(delivery))
}
