import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { addDataAndFileToRequest, incrementLoginAttempts, resetLoginAttempts } from 'payload'

import { jsonError } from '../../endpoints/jsonError'
import { collectionSlugs } from '../../slugs'
import { isLocked } from '../isLocked'
import type { TwoFactorAccount } from './session'
import { withVerifiedSession } from './session'
import { enrolmentQr, hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpCodeIsValid } from './totp'

type Account = TwoFactorAccount & {
  id: number | string
  email: string
  twoFactorSecret?: string | null
  twoFactorRecoveryCodes?: unknown
  lockUntil?: string | null
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

/** A wrong code counts as a failed login attempt, so Payload's lock (5 tries, 10 min) stops guessing. */
const countFailure = (req: PayloadRequest, account: Account) =>
  incrementLoginAttempts({ collection: req.payload.collections[collectionSlugs.users].config, payload: req.payload, user: account as never })

const signInFirst = () => jsonError(401, 'Sign in with your email and password first.', noStore)
const tooManyTries = () => jsonError(429, 'Too many wrong codes: this account is locked for 10 minutes.', noStore)

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
export const confirmEnrolment: PayloadHandler = async (req) => {
  const account = await ownAccount(req)
  if (!account) return signInFirst()
  if (account.twoFactorEnabled) return jsonError(409, 'Two-factor sign-in is already set up.', noStore)
  if (!account.twoFactorSecret) return jsonError(400, 'Start enrolment first (POST /api/users/two-factor/setup).', noStore)
  if (isLocked(account)) return tooManyTries()
  if (!(await totpCodeIsValid(account.twoFactorSecret, (await codesFrom(req)).code))) {
    await countFailure(req, account)
    return fieldError('That code does not match. Enter the 6-digit code your authenticator app shows now.')
  }
  const recoveryCodes = newRecoveryCodes()
  await saveAccount(req, account, {
    twoFactorEnabled: true,
    twoFactorRecoveryCodes: recoveryCodes.map(hashRecoveryCode),
    twoFactorSessions: withVerifiedSession(account, sessionOf(req)!._sid!),
  })
  return Response.json({ verified: true, recoveryCodes }, { headers: noStore })
}

/** Verifies this session with a code from the app, or with a recovery code (which is then used up). */
export const verifySession: PayloadHandler = async (req) => {
  const account = await ownAccount(req)
  if (!account) return signInFirst()
  if (!account.twoFactorEnabled || !account.twoFactorSecret) return jsonError(400, 'Two-factor sign-in is not set up yet: enrol first.', noStore)
  if (isLocked(account)) return tooManyTries()
  const { code, recoveryCode } = await codesFrom(req)
  const hashes = Array.isArray(account.twoFactorRecoveryCodes) ? (account.twoFactorRecoveryCodes as string[]) : []
  const usedHash = recoveryCode ? hashRecoveryCode(recoveryCode) : undefined
  const valid = usedHash ? hashes.includes(usedHash) : await totpCodeIsValid(account.twoFactorSecret, code)
  if (!valid) {
    await countFailure(req, account)
    return fieldError(usedHash ? 'That recovery code is not valid or was already used.' : 'That code does not match. Enter the 6-digit code your authenticator app shows now.')
  }
  const remaining = usedHash ? hashes.filter((hash) => hash !== usedHash) : hashes
  await saveAccount(req, account, {
    twoFactorRecoveryCodes: remaining,
    twoFactorSessions: withVerifiedSession(account, sessionOf(req)!._sid!),
  })
  await resetLoginAttempts({ collection: req.payload.collections[collectionSlugs.users].config, doc: account as never, payload: req.payload, req })
  return Response.json({ verified: true, recoveryCodesLeft: remaining.length }, { headers: noStore })
}

export const twoFactorEndpoints: Endpoint[] = [
  { path: '/two-factor/setup', method: 'post', handler: startEnrolment },
  { path: '/two-factor/confirm', method: 'post', handler: confirmEnrolment },
  { path: '/two-factor/verify', method: 'post', handler: verifySession },
]
