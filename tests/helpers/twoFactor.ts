import { generate } from 'otplib'

import { rest } from './api'

/** Enrols the signed-in account over REST with a code from `otplib`, as an authenticator app would. Returns the secret and the recovery codes. */
export const enrolTwoFactor = async (token: string) => {
  const setup = await rest('POST', '/users/two-factor/setup', { token })
  if (setup.status !== 200) throw new Error(`setup answered ${setup.status}: ${JSON.stringify(setup.body)}`)
  const confirm = await rest('POST', '/users/two-factor/confirm', { token, body: { code: await generate({ secret: setup.body.secret }) } })
  if (confirm.status !== 200) throw new Error(`confirm answered ${confirm.status}: ${JSON.stringify(confirm.body)}`)
  return { secret: setup.body.secret as string, recoveryCodes: confirm.body.recoveryCodes as string[], setup: setup.body }
}
