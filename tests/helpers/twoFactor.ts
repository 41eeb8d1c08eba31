import { rest } from './api'
import { freshCode } from './totp'

/**
 * Enrols the signed-in account with a code from `otplib`, as an authenticator app would, over
 * REST in-process or through `client` (e.g. a server's `overHttp`). Returns the secret and the recovery codes.
 */
export const enrolTwoFactor = async (token: string, client: { rest: typeof rest } = { rest }) => {
  const setup = await client.rest('POST', '/users/two-factor/setup', { token })
  if (setup.status !== 200) throw new Error(`setup answered ${setup.status}: ${JSON.stringify(setup.body)}`)
  const confirm = await client.rest('POST', '/users/two-factor/confirm', { token, body: { code: await freshCode(setup.body.secret) } })
  if (confirm.status !== 200) throw new Error(`confirm answered ${confirm.status}: ${JSON.stringify(confirm.body)}`)
  return { secret: setup.body.secret as string, recoveryCodes: confirm.body.recoveryCodes as string[], setup: setup.body }
}
