import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { password } from './users'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** A port nobody listens on right now. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })

export type ServerProcess = { url: string; child: ChildProcess; output: () => string; stop: (signal?: NodeJS.Signals) => Promise<void> }

/** The PAYLOAD_SECRET of app processes the tests start. */
export const serverSecret = 'server-process-test-secret'

/** Environment of an app process on the given data folder (SQLite there unless `env` says otherwise). */
const appEnv = (dataDir: string, env: Record<string, string>): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_OPTIONS: '',
  NODE_ENV: 'production',
  PAYLOAD_SECRET: serverSecret,
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  MEDIA_DIR: path.join(dataDir, 'media'),
  DATABASE_URL: `file:${path.join(dataDir, 'alt.db')}`,
  LOG_LEVEL: 'warn',
  ...env,
})

/**
 * One Node process (tsx as a loader, so SIGKILL really kills it) running `entry`, output kept;
 * with `keepStdout` false stdout (one line per request) goes nowhere, e.g. for benchmarks.
 */
const spawnApp = (entry: string, env: NodeJS.ProcessEnv, keepStdout = true) => {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: projectRoot, env, stdio: ['ignore', keepStdout ? 'pipe' : 'ignore', 'pipe'] })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = once(child, 'exit')
    child.kill(signal)
    await exited
  }
  return { child, output: () => output, stop }
}

/**
 * The production server (`src/server.ts`, as `npm start` runs it) in a process of its own, on
 * the given data folder, with SERVER_URL its own `url` unless `env` says otherwise. Needs a
 * build (`npm run build`). Resolves once /readyz answers 200.
 */
export const startServerProcess = async ({
  dataDir,
  port,
  env = {},
  // Long enough for the first start to build the app (next build) when there is no build.
  readyTimeoutMs = 400_000,
  requestLog = true,
}: {
  dataDir: string
  port: number
  env?: Record<string, string>
  readyTimeoutMs?: number
  /** false: stdout (one line per request) goes nowhere, e.g. for benchmarks; stderr is kept. */
  requestLog?: boolean
}): Promise<ServerProcess> => {
  const url = `http://127.0.0.1:${port}`
  // Production requires SERVER_URL; the session cookie is accepted from that origin only.
  const { child, output, stop } = spawnApp('src/server.ts', appEnv(dataDir, { PORT: String(port), SERVER_URL: url, ...env }), requestLog)
  const started = Date.now()
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before it was ready:\n${output().slice(-3000)}`)
    const ready = await fetch(`${url}/readyz`).then((res) => res.status === 200, () => false)
    if (ready) break
    if (Date.now() - started > readyTimeoutMs) {
      child.kill('SIGKILL')
      throw new Error(`server not ready after ${readyTimeoutMs} ms:\n${output().slice(-3000)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return { url, child, output, stop }
}

export type WorkerProcess = Omit<ServerProcess, 'url'>

/** `npm run worker` (src/worker.ts) in a process of its own. Resolves once it says it is ready. */
export const startWorkerProcess = async ({ dataDir, env = {}, readyTimeoutMs = 120_000 }: { dataDir: string; env?: Record<string, string>; readyTimeoutMs?: number }): Promise<WorkerProcess> => {
  // SERVER_URL (required in production): where its staff emails link to.
  const worker = spawnApp('src/worker.ts', appEnv(dataDir, { LOG_LEVEL: 'info', SERVER_URL: 'http://127.0.0.1:3000', ...env }))
  const started = Date.now()
  while (!worker.output().includes('Worker ready')) {
    if (worker.child.exitCode !== null) throw new Error(`worker exited with ${worker.child.exitCode} before it was ready:\n${worker.output().slice(-3000)}`)
    if (Date.now() - started > readyTimeoutMs) {
      worker.child.kill('SIGKILL')
      throw new Error(`worker not ready after ${readyTimeoutMs} ms:\n${worker.output().slice(-3000)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return worker
}

/**
 * A script run to its end (e.g. `scripts/backup.ts backup <file>`) on the given data folder: its
 * exit code and output. After `timeoutMs` it is sent SIGTERM (its code is then null).
 */
export const runScript = async ({ dataDir, args, env = {}, timeoutMs }: { dataDir: string; args: string[]; env?: Record<string, string>; timeoutMs?: number }) => {
  const [entry, ...rest] = args
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...rest], { cwd: projectRoot, env: appEnv(dataDir, env), stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const [code] = (await once(child, 'exit')) as [number | null]
  return { code, output }
}

/** Signs up the first account of a server's empty database (it becomes the admin); its login token. */
export const registerFirstAdmin = async (url: string) => {
  const res = await fetch(`${url}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@alt.test', name: 'Ada Admin', password }),
  })
  if (res.status !== 200) throw new Error(`first-register answered ${res.status}: ${await res.text()}`)
  return ((await res.json()) as { token: string }).token
}

/** The ids (as strings) of every contact submission a server has stored, read with a manager's or admin's token. */
export const storedSubmissionIds = async (url: string, token: string) => {
  const res = await fetch(`${url}/api/contact-submissions?limit=0&pagination=false&depth=0&select[id]=true`, { headers: { authorization: `JWT ${token}` } })
  return new Set(((await res.json()) as { docs: { id: number | string }[] }).docs.map((doc) => String(doc.id)))
}
