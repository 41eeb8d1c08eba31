import { createConnection } from 'node:net'

/** The Redis the tests use: TEST_REDIS_URL, or the local default. */
export const testRedisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

/** Whether something accepts a TCP connection on host:port within a second. */
export const answers = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host, port })
    socket.setTimeout(1000)
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
    socket.once('timeout', () => (socket.destroy(), resolve(false)))
  })

/** Whether something answers on the Redis URL's port (checked once, before the tests). */
export const redisIsUp = (url = testRedisUrl) => {
  const { hostname, port } = new URL(url)
  return answers(hostname, Number(port || 6379))
}
