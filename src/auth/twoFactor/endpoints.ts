import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import type { SignInLimiters } from '../signInLimits'
import type { TwoFactorAccount } from './session'

import { jsonError } from '../../endpoints/jsonError'
import { twoFactorFailures } from '../../metrics/metrics'
import { clientAddress } from '../../rateLimit/clientAddress'
import { enforceRateLimit } from '../../rateLimit/enforceRateLimit'
import { collectionSlugs } from '../../slugs'
import { waitInWords } from '../signInLimits'
import { withVerifiedSession } from './session'
import { enrolmentQr, hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpTimeStep } from './totp'

type Account = TwoFactorAccount & {
  id: number | string
  email: string
  twoFactorSecret?: string | null
  twoFactorRecoveryCodes?: unknown
}

const noStore = { 'Cache-Control': 'no-store' }

/** The caller's own account with its hidden fields, or null when nobody with a session is signed in. */
const sessionOf = (req: PayloadRequest) => req.user as { id?: number | string; collection?: string; _sid?: string } | null

const ownAccount = async (req: PayloadRequest): Promise<Account | null> => {
  const user = sessionOf(req)
  if (!user?.id || user.collection !== collectionSlugs.users || !user._sid) return null
  return (await req.payload.findByID({
    collection: collectionSlugs.users,
    id: user.id,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })) as unknown as Account
}

const saveAccount = (req: PayloadRequest, account: Account, data: Record<string, unknown>) =>
  req.payload.update({ collection: collectionSlugs.users, id: account.id, data, overrideAccess: true, context: { twoFactor: true }, req })

/** `{ code }` or `{ recoveryCode }` from the JSON body, as trimmed strings ('' when absent). */
const codesFrom = async (req: PayloadRequest): Promise<{ code: string; recoveryCode: string }> => {
  await addDataAndFileToRequest(req)
  const body = (req.data ?? {}) as Record<string, unknown>
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
  return { code: text(body.code), recoveryCode: text(body.recoveryCode) }
}

const fieldError = (message: string) =>
  Response.json({ errors: [{ message, data: { errors: [{ path: 'code', message }] } }] }, { status: 400, headers: noStore })

/** A refused code or recovery code, counted (alt_two_factor_failures_total). */
const failed = (answer: Response) => {
  twoFactorFailures.inc()
  return answer
}
const wrongCode = () => failed(fieldError('That code does not match. Enter the 6-digit code your authenticator app shows now.'))
const usedCode = () => failed(fieldError('That code was already used. Wait for the next code your authenticator app shows, and enter that one.'))
const signInFirst = () => jsonError(401, 'Sign in with your email and password first.', noStore)

/**
 * Counts this try at a code against the account's and the address's limits before the code is
 * looked at (429 past either; src/auth/signInLimits.ts), so parallel guesses cannot slip past;
 * `forgive` takes the try back once the code proved right, so only wrong codes count.
 */
const countTry = async (req: PayloadRequest, limiters: SignInLimiters, account: Account) => {
  const address = clientAddress(req)
  await enforceRateLimit(req, limiters.wrongCodesPerAccount, String(account.id), ({ retryAfterSeconds }) =>
    `Too many wrong codes for this account. Try again in ${waitInWords(retryAfterSeconds)}.`,
  )
  if (address) {
    await enforceRateLimit(req, limiters.wrongCodesPerAddress, address, ({ retryAfterSeconds }) =>
      `Too many wrong codes from your address. Try again in ${waitInWords(retryAfterSeconds)}.`,
    )
  }
  return {
    forgive: async () => {
      await limiters.wrongCodesPerAccount.refund(String(account.id))
      if (address) await limiters.wrongCodesPerAddress.refund(address)
    },
  }
}

/**
 * Records `step` as the account's last accepted time step unless a code of that step or a later
 * one was accepted before: each code works once (RFC 6238 §5.2). One conditional write, so two
 * sessions sending the same code at the same moment cannot both succeed.
 */
const claimTimeStep = async (req: PayloadRequest, account: Account, step: number): Promise<boolean> =>
  Boolean(
    await req.payload.db.updateOne({
      collection: collectionSlugs.users,
      data: { twoFactorLastStep: step },
      options: { atomic: true },
      where: {
        and: [
          { id: { equals: account.id } },
          { or: [{ twoFactorLastStep: { exists: false } }, { twoFactorLastStep: { equals: null } }, { twoFactorLastStep: { less_than: step } }] },
        ],
      },
      req,
    }),
  )

/** Checks a code from the app: null when it is right and now used up, else the answer to give. */
const acceptTotp = async (req: PayloadRequest, account: Account, secret: string, code: string): Promise<Response | null> => {
  const step = await totpTimeStep(secret, code)
  if (step === null) return wrongCode()
  return (await claimTimeStep(req, account, step)) ? null : usedCode()
}

/** Starts (or restarts) enrolment: a new secret, kept server-side, and its QR code. */
export const startEnrolment: PayloadHandler = async (req) => {
  const account = await ownAccount(req)
  if (!account) return signInFirst()
  if (account.twoFactorEnabled) return jsonError(409, 'Two-factor sign-in is already set up. If your phone is lost, ask an admin to reset it.', noStore)
  const secret = newTotpSecret()
  await saveAccount(req, account, { twoFactorSecret: secret })
  return Response.json({ ...(await enrolmentQr(account.email, secret)), secret }, { headers: noStore })
}

/** Finishes enrolment with a first code; answers the recovery codes, once. This session counts as verified. */
export const confirmEnrolment =
  (limiters: SignInLimiters): PayloadHandler =>
  async (req) => {
    const account = await ownAccount(req)
    if (!account) return signInFirst()
    if (account.twoFactorEnabled) return jsonError(409, 'Two-factor sign-in is already set up.', noStore)
    if (!account.twoFactorSecret) return jsonError(400, 'Start enrolment first (POST /api/users/two-factor/setup).', noStore)
    const attempt = await countTry(req, limiters, account)
    const refused = await acceptTotp(req, account, account.twoFactorSecret, (await codesFrom(req)).code)
    if (refused) return refused
    await attempt.forgive()
    const recoveryCodes = newRecoveryCodes()
    await saveAccount(req, account, {
      twoFactorEnabled: true,
      twoFactorRecoveryCodes: recoveryCodes.map(hashRecoveryCode),
      twoFactorSessions: withVerifiedSession(account, sessionOf(req)!._sid!),
    })
    return Response.json({ verified: true, recoveryCodes }, { headers: noStore })
  }

/** Verifies this session with a code from the app, or with a recovery code (which is then used up). */
export const verifySession =
  (limiters: SignInLimiters): PayloadHandler =>
  async (req) => {
    const account = await ownAccount(req)
    if (!account) return signInFirst()
    if (!account.twoFactorEnabled || !account.twoFactorSecret) return jsonError(400, 'Two-factor sign-in is not set up yet: enrol first.', noStore)
    const attempt = await countTry(req, limiters, account)
    const { code, recoveryCode } = await codesFrom(req)
    const hashes = Array.isArray(account.twoFactorRecoveryCodes) ? (account.twoFactorRecoveryCodes as string[]) : []
    const usedHash = recoveryCode ? hashRecoveryCode(recoveryCode) : undefined
    if (usedHash && !hashes.includes(usedHash)) return failed(fieldError('That recovery code is not valid or was already used.'))
    const refused = usedHash ? null : await acceptTotp(req, account, account.twoFactorSecret, code)
    if (refused) return refused
    await attempt.forgive()
    const remaining = usedHash ? hashes.filter((hash) => hash !== usedHash) : hashes
    await saveAccount(req, account, {
      twoFactorRecoveryCodes: remaining,
      twoFactorSessions: withVerifiedSession(account, sessionOf(req)!._sid!),
    })
    return Response.json({ verified: true, recoveryCodesLeft: remaining.length }, { headers: noStore })
  }

export const twoFactorEndpoints = (limiters: SignInLimiters): Endpoint[] => [
  { path: '/two-factor/setup', method: 'post', handler: startEnrolment },
  { path: '/two-factor/confirm', method: 'post', handler: confirmEnrolment(limiters) },
  { path: '/two-factor/verify', method: 'post', handler: verifySession(limiters) },
]
