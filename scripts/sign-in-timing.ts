/**
 * `npx tsx scripts/sign-in-timing.ts`: how long sign-in and forgot-password take for a known
 * email and for an unknown one, which must be about the same (an attacker would otherwise learn
 * which emails are staff accounts). Starts the production server (needs `npm run build`) on a
 * fresh SQLite database, with email over SMTP to a local server that takes SMTP_HOLD_MS (default
 * 100) to accept each message. Prints the median and spread of TRIES (default 20) answers each.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { freePort, registerFirstAdmin, startServerProcess } from '../tests/helpers/serverProcess'
import { fakeSmtpServer } from '../tests/helpers/smtp'
import { password } from '../tests/helpers/users'

const tries = Number(process.env.TRIES ?? 20)
const holdMs = Number(process.env.SMTP_HOLD_MS ?? 100)
const wrong = 'not the right passphrase'

const smtp = await fakeSmtpServer({ holdMs })
const dataDir = mkdtempSync(path.join(tmpdir(), 'alt-sign-in-timing-'))
const server = await startServerProcess({
  dataDir,
  port: await freePort(),
  requestLog: false,
  env: { TWO_FACTOR_REQUIRED_ROLES: 'none', SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) },
})

const post = async (route: string, body: unknown, token?: string) => {
  const started = performance.now()
  const res = await fetch(`${server.url}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify(body),
  })
  await res.arrayBuffer()
  return { ms: performance.now() - started, status: res.status }
}
const graphql = (query: string, variables: object) => post('/api/graphql', { query, variables })

const ways = {
  'REST login': (email: string) => post('/api/users/login', { email, password: wrong }),
  'GraphQL login': (email: string) => graphql('mutation ($e: String!, $p: String) { loginUser(email: $e, password: $p) { token } }', { e: email, p: wrong }),
  'REST forgot-password': (email: string) => post('/api/users/forgot-password', { email }),
}

try {
  const admin = await registerFirstAdmin(server.url)
  // One account per try, so that two wrong passwords each never lock one; one more to lock.
  const staff = Array.from({ length: tries }, (_, i) => `staff-${i}@alt.test`)
  for (const email of [...staff, 'locked@alt.test']) await post('/api/users', { email, name: email.split('@')[0], password, roles: ['editor'] }, admin)
  for (let i = 0; i < 5; i++) await post('/api/users/login', { email: 'locked@alt.test', password: wrong })

  const times = new Map<string, number[]>()
  const record = (name: string, ms: number) => times.set(name, [...(times.get(name) ?? []), ms])
  // Known and unknown take turns, so that whatever else the machine does falls on both alike.
  for (let i = 0; i < tries; i++) {
    for (const [way, call] of Object.entries(ways)) {
      record(`${way}, known email`, (await call(staff[i])).ms)
      record(`${way}, unknown email`, (await call(`nobody-${i}@alt.test`)).ms)
    }
    record('REST login, locked account', (await ways['REST login']('locked@alt.test')).ms)
  }

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  console.log(`${tries} tries each, production server, SQLite, SMTP accepting after ${holdMs} ms: median (min–max) ms`)
  for (const [name, values] of times) {
    console.log(`${name.padEnd(36)} ${median(values).toFixed(1).padStart(7)}  (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`)
  }
} finally {
  await server.stop()
  smtp.close()
  rmSync(dataDir, { recursive: true, force: true })
}
