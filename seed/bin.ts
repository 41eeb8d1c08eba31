/**
 * `payload clinic:seed` in any app with the plugin (added to `config.bin` by clinicContent()):
 * seeds the clinic content into the app's database, as `npm run seed` does here. Idempotent.
 */
import type { SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import { describeSeedReport, seedClinicContent } from './seed'

export const script = async (config: SanitizedConfig) => {
  const payload = await getPayload({ config })
  try {
    const report = await seedClinicContent(payload)
    payload.logger.info(`clinic:seed: ${describeSeedReport(report)}`)
  } catch (error) {
    payload.logger.error({ err: error }, 'clinic:seed failed')
    // Payload's CLI catches a script's error and then exits with 0: exit here, so a deploy
    // step that seeds fails when the seed does.
    process.exit(1)
  }
}
