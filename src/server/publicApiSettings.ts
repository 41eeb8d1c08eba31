import { originList } from '../originList'

/** The public API's settings from the environment; a bad value stops the start with its name. */
export type PublicApiSettings = {
  /** CONTENT_CACHE=off turns the response cache off (answers still get ETag, compression, CORS). */
  cache: boolean
  /** CONTENT_CACHE_MAX_MB (default 64): the cache's memory budget, compressed forms included. */
  cacheMaxBytes: number
  /** CONTENT_CACHE_S_MAXAGE (default 10): seconds a shared cache (CDN) may keep a public answer. */
  sharedMaxAgeSeconds: number
  /** CORS_ORIGINS: comma-separated origins (`https://www.alt.clinic`); unset, same origin only. */
  corsOrigins: string[]
  /** REDIS_URL: content changes reach the other instances through Redis pub/sub. */
  redisUrl?: string
}

const number = (name: string, fallback: number, env: NodeJS.ProcessEnv) => {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number of zero or more, not "${raw}"`)
  return value
}

export const publicApiSettings = (env = process.env): PublicApiSettings => ({
  cache: env.CONTENT_CACHE !== 'off',
  cacheMaxBytes: number('CONTENT_CACHE_MAX_MB', 64, env) * 1024 * 1024,
  sharedMaxAgeSeconds: Math.floor(number('CONTENT_CACHE_S_MAXAGE', 10, env)),
  corsOrigins: originList('CORS_ORIGINS', env.CORS_ORIGINS),
  redisUrl: env.REDIS_URL || undefined,
})
