import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { writeFileSync } from 'node:fs'
import path from 'node:path'

import { freePort } from '../tests/helpers/serverProcess'

/**
 * A bare `node:http` server in a process of its own that answers every request with exactly
 * `sample`'s bytes and headers: what this machine can serve at best, for a benchmark to compare
 * with. Fetch `sample` with `accept-encoding: identity` (fetch would ask for gzip and
 * decompress, leaving headers that no longer fit the bytes). `dir` holds the bytes.
 */
export const startBareServer = async (sample: Response, dir: string) => {
  const bytesFile = path.join(dir, 'bare-server-body')
  writeFileSync(bytesFile, Buffer.from(await sample.arrayBuffer()))
  const headers = Object.fromEntries([...sample.headers].filter(([name]) => !['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(name)))
  const port = await freePort()
  const child = spawn(
    process.execPath,
    [
      '-e',
      `const body = require('fs').readFileSync(${JSON.stringify(bytesFile)}); const headers = ${JSON.stringify(headers)};
       require('http').createServer((req, res) => { res.writeHead(200, headers); res.end(body) }).listen(${port}, '127.0.0.1', () => console.log('ready'))`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  await once(child.stdout!, 'data')
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() }
}
