/**
 * `npm run build:package` (run by `npm pack` and `npm publish`): the plugin as the package host
 * apps install, in dist/. As the official plugins do, each file is compiled on its own by swc (so
 * every component keeps its own 'use client'), and the types come from `tsc --emitDeclarationOnly`
 * (tsconfig.build.json); tsc-alias then gives every relative import its full name (`./x.js`,
 * `./dir/index.js`), as Node's ESM loader needs. The files are the package's entries (src/exports)
 * and what they import, nothing of the reference app.
 */
import { transformFile } from '@swc/core'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { replaceTscAliasPaths } from 'tsc-alias'

const root = path.resolve(import.meta.dirname, '..')
const dist = path.join(root, 'dist')
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
const runTsc = (...args: string[]) => execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json'), ...args], { cwd: root, encoding: 'utf8' })

rmSync(dist, { recursive: true, force: true })
// One pass writes the types and lists the program's files: the sources swc compiles below.
let program: string
try {
  program = runTsc('--listFiles')
} catch (error) {
  console.error((error as { stdout?: string }).stdout ?? error)
  process.exit(1)
}

const sources = program
  .split('\n')
  .filter((file) => file.startsWith(root) && !file.includes('/node_modules/') && /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))

for (const file of sources) {
  const { code } = await transformFile(file, {
    swcrc: false,
    jsc: {
      parser: { syntax: 'typescript', tsx: file.endsWith('.tsx') },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
  })
  const out = path.join(dist, path.relative(root, file)).replace(/\.tsx?$/, '.js')
  mkdirSync(path.dirname(out), { recursive: true })
  writeFileSync(out, code)
}

await replaceTscAliasPaths({ configFile: path.join(root, 'tsconfig.build.json'), outDir: dist, resolveFullPaths: true })

// The clinic's own text, which `payload clinic:seed` reads beside seed/seed.js.
cpSync(path.join(root, 'seed/source'), path.join(dist, 'seed/source'), { recursive: true })
console.log(`build:package: ${sources.length} files in dist/`)
