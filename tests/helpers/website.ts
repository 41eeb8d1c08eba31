import { spawn } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const nextBin = path.join(projectRoot, 'node_modules/next/dist/bin/next')
const websiteDir = 'examples/website'

export type WebsiteSettings = {
  /** The content server's origin. */
  apiUrl: string
  /** The site's own origin (canonical URLs). */
  siteUrl: string
  /** Where the build goes, relative to examples/website: tests and benchmarks keep theirs apart. */
  distDir: string
}

const websiteEnv = ({ apiUrl, siteUrl, distDir }: WebsiteSettings, extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_OPTIONS: '',
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  CONTENT_API_URL: apiUrl,
  SITE_URL: siteUrl,
  WEBSITE_DIST_DIR: distDir,
  ...extra,
})

/**
 * `next build` of examples/website (`npm run website:build`) against a running content server:
 * it renders every page from the API. About 15 s on 2 cores.
 */
export const buildWebsite = async (settings: WebsiteSettings) => {
  const child = spawn(process.execPath, [nextBin, 'build', websiteDir], { cwd: projectRoot, env: websiteEnv(settings), stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const [code] = (await once(child, 'exit')) as [number | null]
  if (code !== 0) throw new Error(`next build of the website failed (${code}):\n${output.slice(-4000)}`)
  return output
}

/**
 * The built website (`npm run website:start`) on 127.0.0.1:`port`, its webhook secret set.
 * Resolves once its home page answers.
 */
export const startWebsite = async (settings: WebsiteSettings & { port: number; webhookSecret: string }) => {
  const { port, webhookSecret } = settings
  const child = spawn(process.execPath, [nextBin, 'start', websiteDir, '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: projectRoot,
    env: websiteEnv(settings, { ALT_WEBHOOK_SECRET: webhookSecret }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  const started = Date.now()
  while (!(await fetch(url).then((res) => res.ok, () => false))) {
    if (child.exitCode !== null) throw new Error(`the website exited with ${child.exitCode}:\n${output.slice(-3000)}`)
    if (Date.now() - started > 60_000) {
      child.kill('SIGKILL')
      throw new Error(`the website did not answer within 60 s:\n${output.slice(-3000)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return {
    url,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = once(child, 'exit')
      child.kill('SIGTERM')
      await exited
    },
  }
}
