import { createConnection } from 'node:net'

/** The Redis the tests use: TEST_REDIS_URL, or the local default. */
export const testRedisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

/** Whether something answers on the Redis URL's port (checked once, before the tests). */
export const redisIsUp = async (url = testRedisUrl) => {
  const { hostname, port } = new URL(url)
  return new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) })
    socket.setTimeout(1000)
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
    socket.once('timeout', () => (socket.destroy(), resolve(false)))
  })
}
