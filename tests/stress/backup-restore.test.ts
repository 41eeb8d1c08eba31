import { existsSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { freePort, registerFirstAdmin, runScript, type ServerProcess, startServerProcess, storedSubmissionIds } from '../helpers/serverProcess'

/**
 * `npm run backup` copies the SQLite database while the production server takes submissions;
 * `npm run restore` refuses the running server's database and puts the copy into a fresh data
 * folder, where a server started on it has every submission answered 201 before the backup began.
 */
const root = process.env.ALT_TEST_ROOT ?? tmpdir()
const liveDir = mkdtempSync(path.join(root, 'backup-live-'))
const restoredDir = mkdtempSync(path.join(root, 'backup-restored-'))
const backupFile = path.join(mkdtempSync(path.join(root, 'backup-file-')), 'alt.db')
// Every request comes from 127.0.0.1: lift the per-address limits for this test.
const env = { CONTACT_RATE_LIMIT_PER_MINUTE: '1000000', CONTACT_RATE_LIMIT_PER_DAY: '1000000' }
const servers: ServerProcess[] = []

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop('SIGKILL')))
})

const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

test('a backup taken under write load restores into a fresh folder with every submission acknowledged before it began', async () => {
  const live = await startServerProcess({ dataDir: liveDir, port: await freePort(), env })
  servers.push(live)
  const { formToken } = (await (await fetch(`${live.url}/api/contact-submissions/form-token`)).json()) as { formToken: string }

  const acknowledged: string[] = []
  let sent = 0
  let stop = false
  const senders = Array.from({ length: 10 }, async () => {
    while (!stop) {
      const n = sent++
      const res = await fetch(
        `${live.url}/api/contact-submissions`,
        json({ name: `Backup ${n}`, email: `backup${n}@example.com`, message: `Backup message number ${n}.`, inquiryType: 'general', consent: true, formToken }),
      )
      expect(res.status).toBe(201)
      acknowledged.push(String(((await res.json()) as { id: number }).id))
    }
  })
  while (acknowledged.length < 200) await new Promise((resolve) => setTimeout(resolve, 5))
  const beforeBackup = [...acknowledged]
  const backup = await runScript({ dataDir: liveDir, args: ['scripts/backup.ts', 'backup', backupFile] })
  const duringBackup = acknowledged.length - beforeBackup.length
  // The running server's database is refused, and left as it was.
  const refused = await runScript({ dataDir: liveDir, args: ['scripts/backup.ts', 'restore', backupFile] })
  stop = true
  await Promise.all(senders)
  expect(backup).toMatchObject({ code: 0, output: expect.stringContaining(`Backed up ${path.join(liveDir, 'alt.db')} to ${backupFile}`) })
  expect(refused.code).toBe(1)
  expect(refused.output).toContain('is in use')
  expect(refused.output).toContain('Nothing was changed.')
  expect(readdirSync(liveDir).filter((name) => name.includes('restor'))).toEqual([])
  // The server kept taking submissions while the copy was made.
  expect(duringBackup).toBeGreaterThan(0)

  const restore = await runScript({ dataDir: restoredDir, args: ['scripts/backup.ts', 'restore', backupFile] })
  expect(restore).toMatchObject({ code: 0, output: expect.stringContaining(`Restored ${backupFile} to ${path.join(restoredDir, 'alt.db')}.`) })
  expect(existsSync(backupFile)).toBe(true)

  const restored = await startServerProcess({ dataDir: restoredDir, port: await freePort(), env })
  servers.push(restored)
  const stored = await storedSubmissionIds(restored.url, await registerFirstAdmin(restored.url))
  const missing = beforeBackup.filter((id) => !stored.has(id))
  console.log(
    `${backup.output.trim()}\nbackup: ${beforeBackup.length} acknowledged before the backup, ${duringBackup} during it (the script's start included), ${acknowledged.length} in all; ${stored.size} in the restored database, ${missing.length} missing`,
  )
  expect(missing).toEqual([])
  // A copy of one moment: nothing in it that the live server never acknowledged.
  expect(stored.size).toBeLessThanOrEqual(acknowledged.length)
})
