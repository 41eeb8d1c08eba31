import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync } from 'node:fs'
import { request as httpRequest, Agent } from 'node:http'
import { createServer, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { freePort, type ServerProcess, startServerProcess } from '../helpers/serverProcess'

/**
 * What a stranger can send must not break anyone else, checked on the production server: bodies
 * over a route's limit are refused before they are read, without breaking the kept-alive
 * connection they came on; and the CLI works while the server runs.
 */
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const dataDir = mkdtempSync(path.join(process.env.ALT_TEST_ROOT ?? tmpdir(), 'edges-'))
let server: ServerProcess
let port: number

beforeAll(async () => {
  port = await freePort()
  server = await startServerProcess({ dataDir, port })
})
afterAll(async () => {
  await server?.stop()
})

type Answer = { status: number; body: string; socket: number }

/** One request on `agent` (one kept-alive connection), with the id of the socket it used. */
const send = (agent: Agent, method: string, pathname: string, body?: Buffer | string, headers: Record<string, string> = {}) =>
  new Promise<Answer>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path: pathname, agent, headers }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode!, body: text, socket: sockets.get(req.socket!)! }))
    })
    req.on('socket', (socket) => sockets.has(socket) || sockets.set(socket, sockets.size + 1))
    req.on('error', reject)
    req.end(body)
  })
const sockets = new Map<object, number>()

const json = { 'content-type': 'application/json' }

test('20 oversized intake posts on one kept-alive connection, each followed by a normal request: all 40 answered, on one connection', async () => {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  const oversized = JSON.stringify({ name: 'x', message: 'y'.repeat(200_000) })
  const answers: Answer[] = []
  for (let n = 0; n < 20; n++) {
    answers.push(await send(agent, 'POST', '/api/contact-submissions', oversized, json))
    answers.push(await send(agent, 'GET', '/api/contact-submissions/form-token'))
  }
  agent.destroy()
  expect(answers.map((answer) => answer.status)).toEqual(Array.from({ length: 20 }, () => [413, 200]).flat())
  expect(JSON.parse(answers[0].body)).toEqual({ errors: [{ message: expect.stringMatching(/larger than 65536 bytes/) }] })
  // Drained, not closed: the connection was kept.
  expect(new Set(answers.map((answer) => answer.socket)).size).toBe(1)
})

test('every JSON route has a 1 MiB limit, answered 413 before the body is read; a huge body ends its connection without losing the answer', async () => {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  const twoMiB = Buffer.alloc(2 * 1024 * 1024, ' ')
  for (const [method, pathname] of [
    ['POST', '/api/graphql'],
    ['POST', '/api/users/login'],
    ['POST', '/api/quotes'],
    ['PATCH', '/api/articles/1'],
  ]) {
    const answer = await send(agent, method, pathname, twoMiB, json)
    expect({ pathname, status: answer.status, body: JSON.parse(answer.body) }).toEqual({
      pathname,
      status: 413,
      body: { errors: [{ message: 'The request body is larger than 1048576 bytes.' }] },
    })
    expect((await send(agent, 'GET', '/api/quotes?limit=1')).status).toBe(200)
  }
  // 100 MiB is not read: the answer comes, and the connection is closed rather than drained.
  const started = performance.now()
  const huge = await send(agent, 'POST', '/api/graphql', Buffer.alloc(100 * 1024 * 1024), json)
  expect(huge.status).toBe(413)
  expect(performance.now() - started).toBeLessThan(5000)
  expect((await send(agent, 'GET', '/api/quotes?limit=1')).status).toBe(200)
  agent.destroy()
})

test('a body of undeclared size (chunked) gets 411 and the next request still works', async () => {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  const answer = await send(agent, 'POST', '/api/graphql', undefined, { ...json, 'transfer-encoding': 'chunked' })
  expect(answer.status).toBe(411)
  expect((await send(agent, 'GET', '/api/quotes?limit=1')).status).toBe(200)
  agent.destroy()
})

test('bodies within the limit still reach Payload: a GraphQL query and a login', async () => {
  const query = await fetch(`${server.url}/api/graphql`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ query: '{ Quotes(limit: 1) { docs { text } } }' }),
  })
  expect(query.status).toBe(200)
  const login = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: json, body: JSON.stringify({ email: 'no@alt.test', password: 'x' }) })
  expect(login.status).toBe(401)
})

/** `npm run seed` as staff run it, with how long it took to exit after reporting. */
const runSeed = async (env: Record<string, string>) => {
  const seed = spawn('npm', ['run', 'seed'], {
    cwd: projectRoot,
    // Not jest's NODE_ENV=test, which would switch off what kept the seed alive.
    env: { ...process.env, NODE_ENV: 'development', NODE_OPTIONS: '', PAYLOAD_SECRET: 'server-process-test-secret', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  let reported = 0
  const collect = (chunk: Buffer) => {
    output += chunk
    if (!reported && /seed: created/.test(output)) reported = performance.now()
  }
  seed.stdout.on('data', collect)
  seed.stderr.on('data', collect)
  const timer = setTimeout(() => seed.kill('SIGKILL'), 120_000)
  const [code] = await once(seed, 'exit')
  clearTimeout(timer)
  return { code, output: output.slice(-2000), exitedWithin5sOfReport: reported > 0 && performance.now() - reported < 5000 }
}

test('npm run seed exits when done while the server runs on the same PORT and database', async () => {
  const result = await runSeed({ PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: `file:${path.join(dataDir, 'alt.db')}` })
  expect(result).toEqual({ code: 0, output: expect.stringMatching(/seed: created 0, updated 0, unchanged \d+/), exitedWithin5sOfReport: true })
})

test('npm run seed exits when done whatever listens on PORT, even something that never answers', async () => {
  const held: Socket[] = []
  const silent = createServer((socket) => void held.push(socket))
  const silentPort = await freePort()
  await new Promise<void>((resolve) => silent.listen(silentPort, resolve))
  const seedDir = mkdtempSync(path.join(process.env.ALT_TEST_ROOT ?? tmpdir(), 'seed-'))
  try {
    const result = await runSeed({ PORT: String(silentPort), DATA_DIR: seedDir, DATABASE_URL: `file:${path.join(seedDir, 'alt.db')}` })
    expect(result).toEqual({ code: 0, output: expect.stringMatching(/seed: created \d+/), exitedWithin5sOfReport: true })
  } finally {
    for (const socket of held) socket.destroy()
    silent.close()
  }
})
