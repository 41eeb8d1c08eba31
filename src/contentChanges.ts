import { EventEmitter } from 'node:events'

/**
 * Every change to content, announced by the plugin's afterChange/afterDelete hooks on its
 * collections and global whichever API made it (REST, GraphQL, Local API, jobs, the seed, a
 * version restore), and by the Redis bridge for changes made by other instances (`remote`).
 * What is built from content and kept in memory (the response cache, built `jsonLd`) listens.
 */
// One per process, even if a bundler (Next) loads a second copy of this module.
const shared = globalThis as { altContentChanges?: EventEmitter<{ change: [slug: string, remote: boolean] }> }
export const contentChanges = (shared.altContentChanges ??= new EventEmitter<{ change: [slug: string, remote: boolean] }>())
// A few listeners per server, and tests start a few servers in one process.
contentChanges.setMaxListeners(50)

export const announceChange = (slug: string, remote = false) => {
  contentChanges.emit('change', slug, remote)
}
