/** `npm run seed`: brings the database up to date and seeds the clinic content from the source. */
import { ensurePayloadSecret } from '../src/env'

// Outside production, getPayload opens a WebSocket to Next's dev server on localhost:PORT to
// reload on config changes. With the app running there, that socket kept this script alive
// after it was done. Payload's own CLI turns it off the same way.
process.env.DISABLE_PAYLOAD_HMR = 'true'

const secretError = ensurePayloadSecret(process.env.NODE_ENV === 'production')
if (secretError) {
  console.error(secretError)
  process.exit(1)
}

const [{ getPayload }, { default: config }, { prepareDatabase }, { describeSeedReport, seedClinicContent }, { announceOnRedis }] = await Promise.all([
  import('payload'),
  import('../payload.config'),
  import('../src/database'),
  import('./seed'),
  import('../src/server/redisChanges'),
])

const payload = await getPayload({ config })
try {
  await prepareDatabase(payload)
  const report = await seedClinicContent(payload)
  payload.logger.info(
    `seed: ${describeSeedReport(report)}`,
  )
  // Running servers empty their response caches (without Redis: restart them).
  if (process.env.REDIS_URL && report.created + report.updated > 0) await announceOnRedis(process.env.REDIS_URL, 'seed')
} finally {
  await payload.destroy()
}
