import { createServer, type IncomingMessage } from 'node:http'

import { freePort } from './serverProcess'

export type Received = { headers: IncomingMessage['headers']; body: string; answered: number }

/**
 * A webhook receiver on loopback: records every request and answers each with the next status
 * of `statuses` (then 200), or with what `handle` returns (a Web Request → Response handler,
 * such as a Next.js route's POST).
 */
export const startReceiver = async ({ statuses = [] as number[], handle }: { statuses?: number[]; handle?: (request: Request) => Promise<Response> } = {}) => {
  const received: Received[] = []
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
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
