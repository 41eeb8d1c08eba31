import type { AfterErrorHook, CollectionBeforeValidateHook, Field, SanitizedCollectionConfig } from 'payload'

import { incrementLoginAttempts } from 'payload'

import { FieldRefusal } from './fieldRefusal'
import { isLocked } from './isLocked'
import { passwordMatches } from './passwordHash'
import { client } from '../packageEntries'

/**
 * The account's current password, asked for when people change their own password or email, so
 * that a session left open or stolen cannot take the account over (a new email would let the
 * holder reset the password). Virtual: never stored or answered. The admin shows it on one's own
 * account while either is being changed.
 */
export const currentPasswordField: Field = {
  name: 'currentPassword',
  type: 'text',
  virtual: true,
  label: 'Current password',
  admin: { components: { Field: `${client}#CurrentPasswordField` } },
}

type Account = { id: number | string; hash?: unknown; salt?: unknown; lockUntil?: string | null; loginAttempts?: number | null }

/** A wrong current password, which {@link countWrongCurrentPasswords} counts as a failed sign-in. */
class WrongCurrentPassword extends FieldRefusal {
  constructor(
    readonly collection: SanitizedCollectionConfig,
    readonly account: Pick<Account, 'id' | 'lockUntil' | 'loginAttempts'>,
  ) {
    super(collection.slug, 'currentPassword', 'That is not your current password.')
  }
}

/**
 * A new password or email on one's own account needs the current password. An admin changing
 * someone else's, server code (no user), and reset links (Payload's reset-password, not an
 * update) need none.
 */
export const requireCurrentPassword: CollectionBeforeValidateHook = async ({ collection, data, operation, originalDoc, req }) => {
  const { password, email, currentPassword } = (data ?? {}) as { password?: unknown; email?: unknown; currentPassword?: unknown }
  const own = req.user?.collection === collection.slug && String(req.user.id) === String(originalDoc?.id)
  // Payload stores emails lower-cased and trimmed.
  const newEmail = typeof email === 'string' && email.toLowerCase().trim() !== originalDoc?.email
  if (operation !== 'update' || !own || (!password && !newEmail)) return data
  const account = originalDoc as Account
  const refuse = (reason: string) => new FieldRefusal(collection.slug, 'currentPassword', reason)
  if (isLocked(account)) {
    throw refuse(`Too many wrong passwords. This account is locked for up to ${Math.round(collection.auth.lockTime / 60_000)} minutes.`)
  }
  if (typeof currentPassword !== 'string' || !currentPassword) throw refuse(`Enter your current password to change your ${password ? 'password' : 'email'}.`)
  if (!(await passwordMatches(account, currentPassword))) {
    throw new WrongCurrentPassword(collection, { id: account.id, lockUntil: account.lockUntil, loginAttempts: account.loginAttempts })
  }
  return data
}

/**
 * A wrong current password counts as a failed sign-in (five lock the account), or the password
 * could be guessed from a stolen session without limit. Counted once the refused update has
 * ended: inside it, the count would be rolled back with the update.
 */
export const countWrongCurrentPasswords: AfterErrorHook = async ({ error, req }) => {
  const wrong = error instanceof WrongCurrentPassword ? error : (error as { originalError?: unknown }).originalError
  if (!(wrong instanceof WrongCurrentPassword)) return
  await incrementLoginAttempts({ collection: wrong.collection, payload: req.payload, user: wrong.account as never })
}
