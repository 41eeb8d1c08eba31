import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { freePort, runScript } from '../helpers/serverProcess'

/**
 * What `NODE_ENV=production npm start` and `npm run worker` refuse before they open anything
 * (src/env.ts), each with one line that says what to set. Without SERVER_URL Payload's CSRF
 * check has no origin to hold the session cookie to; EMAIL_TO_LOG=full would put password-reset
 * links in the production log.
 */
const dataDir = mkdtempSync(path.join(process.env.ALT_TEST_ROOT ?? tmpdir(), 'settings-'))
// A server that starts after all is stopped, and fails the test with code null.
const timeoutMs = 30_000

test.each([
  ['without SERVER_URL', { SERVER_URL: '' }, /^Start-up failed: SERVER_URL is required when NODE_ENV=production: set it to the origin staff open the admin on/m],
  ['with a SERVER_URL that is not an origin', { SERVER_URL: 'https://content.alt.test/admin' }, /^Start-up failed: SERVER_URL must be the admin's origin .*did you mean https:\/\/content\.alt\.test\?/m],
  ['with EMAIL_TO_LOG=full', { SERVER_URL: 'https://content.alt.test', EMAIL_TO_LOG: 'full' }, /^Start-up failed: EMAIL_TO_LOG=full writes password-reset links to the log, .*never with NODE_ENV=production/m],
  ['with metrics beyond loopback and no token', { SERVER_URL: 'https://content.alt.test', METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0' }, /^Start-up failed: METRICS_HOST=0\.0\.0\.0 serves the metrics beyond this machine: set METRICS_TOKEN too/m],
  ['with a METRICS_PORT that is not a port', { SERVER_URL: 'https://content.alt.test', METRICS_PORT: 'ninety' }, /^Start-up failed: METRICS_PORT must be a port number, not "ninety"/m],
])('the production server refuses to start %s', async (_, env, message) => {
  const { code, output } = await runScript({ dataDir, args: ['src/server.ts'], env: { ...env, PORT: String(await freePort()) }, timeoutMs })
  expect({ code, output }).toEqual({ code: 1, output: expect.stringMatching(message) })
})

test('so does the worker without SERVER_URL', async () => {
  const { code, output } = await runScript({ dataDir, args: ['src/worker.ts'], env: { SERVER_URL: '' }, timeoutMs })
  expect({ code, output }).toEqual({ code: 1, output: expect.stringMatching(/^Worker start-up failed: SERVER_URL is required when NODE_ENV=production/m) })
})
