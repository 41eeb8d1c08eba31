import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const examplePage = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/contact-form/index.html')

/**
 * examples/contact-form/index.html served as a clinic's website would serve it: from its own
 * origin (another port), pointed at the content server `intakeOrigin`.
 */
export const serveExampleSite = async (port: number, intakeOrigin: string) => {
  const html = readFileSync(examplePage, 'utf8').replace('data-intake="http://localhost:3000"', `data-intake="${intakeOrigin}"`)
  const server = createServer((req, res) => {
    if (req.url !== '/' && req.url !== '/index.html') return res.writeHead(404).end()
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html)
  })
  server.listen(port, '127.0.0.1')
  await once(server, 'listening')
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}
