import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { freePort, registerFirstAdmin, type ServerProcess, startServerProcess, storedSubmissionIds } from '../helpers/serverProcess'

/**
 * A submission answered 201 is on disk: the production server (SQLite) is killed with SIGKILL
 * in the middle of a burst of submissions; after a restart, every one that got a 201 is there.
 * Requests cut off by the kill may or may not have been stored (their sender saw an error and
 * would retry), but none that was acknowledged may be missing.
 */
const dataDir = mkdtempSync(path.join(process.env.ALT_TEST_ROOT ?? tmpdir(), 'durability-'))
// Every request comes from 127.0.0.1: lift the per-address limits for this test.
const env = { CONTACT_RATE_LIMIT_PER_MINUTE: '1000000', CONTACT_RATE_LIMIT_PER_DAY: '1000000' }
let server: ServerProcess | undefined

afterAll(async () => {
  await server?.stop('SIGKILL')
})

const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

test('every submission acknowledged with 201 before a SIGKILL is there after the restart', async () => {
  const port = await freePort()
  server = await startServerProcess({ dataDir, port, env })
  const { url } = server
  const { formToken } = (await (await fetch(`${url}/api/contact-submissions/form-token`)).json()) as { formToken: string }

  const acknowledged: string[] = []
  let failed = 0
  let sent = 0
  let killed = false
  const sendOne = async () => {
    const n = sent++
    const body = {
      name: `Durable ${n}`,
      email: `durable${n}@example.com`,
      message: `Durability message number ${n}.`,
      inquiryType: 'general',
      consent: true,
      formToken,
    }
    try {
      const res = await fetch(`${url}/api/contact-submissions`, json(body))
      if (res.status === 201) acknowledged.push(String(((await res.json()) as { id: number }).id))
      else failed++
    } catch {
      failed++
    }
  }
  // 20 senders in a loop; the server is killed once 300 are acknowledged, mid-stream.
  const senders = Array.from({ length: 20 }, async () => {
    while (!killed) await sendOne()
  })
  while (acknowledged.length < 300) await new Promise((resolve) => setTimeout(resolve, 5))
  const acknowledgedBeforeKill = acknowledged.length
  await server.stop('SIGKILL')
  killed = true
  await Promise.all(senders)
  // Answers read after the kill were written before it: they count too.
  expect(acknowledged.length).toBeGreaterThanOrEqual(acknowledgedBeforeKill)
  expect(failed).toBeGreaterThan(0)

  server = await startServerProcess({ dataDir, port, env })
  const stored = await storedSubmissionIds(url, await registerFirstAdmin(url))
  const missing = acknowledged.filter((id) => !stored.has(id))
  console.log(`durability: ${acknowledged.length} acknowledged, ${failed} cut off by the kill, ${stored.size} stored, ${missing.length} missing`)
  expect(missing).toEqual([])
  expect(new Set(acknowledged).size).toBe(acknowledged.length)
})
