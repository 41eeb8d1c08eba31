import type { RateLimitStore } from './types'

/** Counts in this process's memory: right for one app instance (the default). */
export const memoryStore = (): RateLimitStore => {
  const windows = new Map<string, { count: number; resetAt: number }>()
  let nextSweep = 0
  return {
    hit: async (key, windowMs) => {
      const now = Date.now()
      // Forget finished windows now and then, so memory stays bounded by the active clients.
      if (now >= nextSweep) {
        for (const [name, window] of windows) if (window.resetAt <= now) windows.delete(name)
        nextSweep = now + 60_000
      }
      let window = windows.get(key)
      if (!window || window.resetAt <= now) {
        window = { count: 0, resetAt: now + windowMs }
        windows.set(key, window)
      }
      window.count += 1
      return { count: window.count, resetInMs: window.resetAt - now }
    },
    unhit: async (key) => {
      const window = windows.get(key)
      if (window && window.resetAt > Date.now() && window.count > 0) window.count -= 1
    },
    close: async () => windows.clear(),
  }
}
