import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * A fresh clone has no production build: run `next build` once, streaming its output. The
 * current Node binary runs Next's CLI directly, so the build uses the same Node as the server.
 */
export const buildIfMissing = async (projectRoot: string, log: (message: string) => void) => {
  if (existsSync(path.join(projectRoot, '.next', 'BUILD_ID'))) return
  log('No Next.js build found (.next/BUILD_ID): running `next build` first…')
  const nextCli = createRequire(import.meta.url).resolve('next/dist/bin/next')
  const child = spawn(process.execPath, [nextCli, 'build'], { cwd: projectRoot, stdio: 'inherit' })
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null]
  if (code !== 0) throw new Error(`next build failed (${signal ?? `exit code ${code}`}); its output is above`)
}
