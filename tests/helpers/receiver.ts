import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Received = { headers: IncomingMessage['headers']; body: string; answered: number }

/**
 * A webhook receiver on loopback (`host` 127.0.0.1, or ::1): records every request and answers
 * each with the next status of `statuses` (then 200), or with what `handle` returns (a Web
 * Request → Response handler, such as a Next.js route's POST). `connections` counts every TCP
 * connection made to it, requests or not.
 */
export const startReceiver = async ({
  statuses = [] as number[],
  handle,
  host = '127.0.0.1',
}: { statuses?: number[]; handle?: (request: Request) => Promise<Response>; host?: '127.0.0.1' | '::1' } = {}) => {
  const received: Received[] = []
  let connections = 0
  const queue = [...statuses]
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks).toString('utf8')
    let status = queue.shift() ?? 200
    let answer = ''
    if (handle) {
      const headers = new Headers(Object.entries(req.headers).map(([name, value]): [string, string] => [name, String(value)]))
      const response = await handle(new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers, body }))
      status = response.status
      answer = await response.text()
    }
    received.push({ headers: req.headers, body, answered: status })
    res.writeHead(status, { 'content-type': 'application/json' }).end(answer)
  })
  server.on('connection', () => connections++)
  await new Promise<void>((resolve) => server.listen(0, host, resolve))
  const { port } = server.address() as AddressInfo
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  return {
    url: `${origin}/hook`,
    origin,
    port,
    received,
    get connections() {
      return connections
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
