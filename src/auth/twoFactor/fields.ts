import type { CollectionAfterLoginHook, CollectionBeforeChangeHook, Field, FieldAccess } from 'payload'

import { ValidationError } from 'payload'

import { fieldHasRole } from '../../access/roles'
import { encryptedText } from '../../fields/encryptedText'
import { mustUseTwoFactor } from './session'

const never: FieldAccess = () => false
/** Written only by the two-factor endpoints (with overrideAccess), never through the API. */
const internal = { create: never, read: never, update: never }

/**
 * The second factor's state on a staff account. The secret and the recovery codes are `hidden`:
 * no API ever returns them. The secret is stored encrypted; the recovery codes are hashed.
 */
export const twoFactorFields: Field[] = [
  {
    name: 'twoFactorEnabled',
    type: 'checkbox',
    label: 'Two-factor sign-in enrolled',
    defaultValue: false,
    access: { create: never, update: fieldHasRole('admin') },
    admin: {
      position: 'sidebar',
      description:
        'Set when the person enrols with an authenticator app. Lost phone? An admin unticks this and saves: the old codes stop working, and the person enrols again at their next sign-in.',
    },
  },
  encryptedText({ name: 'twoFactorSecret', hidden: true, access: internal }),
  { name: 'twoFactorRecoveryCodes', type: 'json', hidden: true, access: internal },
  // The time step (Unix seconds / 30) of the last code accepted: codes of that step or earlier are refused.
  { name: 'twoFactorLastStep', type: 'number', hidden: true, access: internal },
  // Not hidden, so Payload's JWT check (which reads the account with overrideAccess) loads it; the
  // strategy removes it from req.user, and read access keeps it out of every API answer.
  { name: 'twoFactorSessions', type: 'json', access: internal, admin: { disabled: true } },
  {
    name: 'twoFactorPending',
    type: 'checkbox',
    virtual: true,
    access: { create: never, update: never },
    admin: { disabled: true },
    hooks: {
      afterRead: [
        ({ data, req }) => {
          const user = req.user as { id?: unknown; twoFactorPending?: boolean } | null
          return user && data?.id === user.id ? Boolean(user.twoFactorPending) : undefined
        },
      ],
    },
  },
]

/**
 * An admin's reset (twoFactorEnabled true → false, from the admin, REST or GraphQL) also wipes the
 * secret, the recovery codes, the verified sessions and the last accepted step (it belonged to the old secret). Turning it on is only done by enrolling.
 */
export const resetTwoFactor: CollectionBeforeChangeHook = ({ collection, context, data, operation, originalDoc }) => {
  if (operation !== 'update' || context.twoFactor) return data
  if (data.twoFactorEnabled === true && !originalDoc?.twoFactorEnabled) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'twoFactorEnabled', message: 'Each person turns this on by enrolling with a code from their authenticator app.' }],
    })
  }
  if (data.twoFactorEnabled === false && originalDoc?.twoFactorEnabled) {
    return { ...data, twoFactorSecret: null, twoFactorRecoveryCodes: null, twoFactorSessions: null, twoFactorLastStep: null }
  }
  return data
}

/**
 * A login always starts a new, unverified session. Payload makes the logged-in user `req.user` for
 * the rest of the login request, so marking it there lets the answer say whether a code is due next.
 */
export const announceTwoFactor: CollectionAfterLoginHook = ({ req, user }) => {
  if (req.user) Object.assign(req.user, { twoFactorPending: mustUseTwoFactor(user) })
}
