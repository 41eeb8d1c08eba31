import { EventEmitter } from 'node:events'

/**
 * Every change to content in this process, announced by the plugin's afterChange/afterDelete
 * hooks on every collection and global, whichever API made it (REST, GraphQL, Local API, jobs,
 * the seed, a version restore). The server's response cache listens, and so does the Redis
 * bridge that carries changes to other instances.
 */
export const contentChanges = new EventEmitter<{ change: [slug: string] }>()
// Listeners are the cache and the bridge, per server; tests start a few servers in one process.
contentChanges.setMaxListeners(50)

export const announceChange = (slug: string) => {
  contentChanges.emit('change', slug)
}
