import type { Payload, SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import { databaseUrl, prepareDatabase, redactUrl } from '../database'

/** The driver's reason: Drizzle wraps it as `cause`; the adapters prefix "Error: cannot connect to …". */
const reason = (error: unknown) => {
  const root = error instanceof Error && error.cause instanceof Error ? error.cause : error
  return (root instanceof Error ? root.message : String(root)).replace(/Error: |cannot connect to \w+[.:] ?|Details: /g, '')
}

/**
 * `getPayload` with the database connected and its schema up to date, or one line naming the
 * (redacted) URL and the reason. The adapters log a failed connection themselves, with the
 * stack and the driver's whole state, before rethrowing: so Payload starts without
 * connecting, and we connect with its logger quiet. `onInit` runs once connected, as in Payload.
 */
export const openPayload = async (config: Promise<SanitizedConfig>): Promise<Payload> => {
  const payload = await getPayload({ config, disableDBConnect: true, disableOnInit: true })
  const cannotUse = (error: unknown) =>
    new Error(`cannot use the database at ${redactUrl(databaseUrl())}: ${reason(error)}`)
  const { level } = payload.logger
  try {
    payload.logger.level = 'silent'
    await payload.db.connect?.()
  } catch (error) {
    throw cannotUse(error)
  } finally {
    payload.logger.level = level
  }
  await prepareDatabase(payload).catch((error: unknown) => {
    throw cannotUse(error)
  })
  await payload.config.onInit?.(payload)
  return payload
}
