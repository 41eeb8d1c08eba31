import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import type { SignInLimiters } from '../src/auth/signInLimits'

import { adminOrSelf } from '../src/access/adminOrSelf'
import { readStaffAccounts } from '../src/access/readStaffAccounts'
import { forgiveSuccessfulSignIn, limitSignIns } from '../src/auth/limitSignIns'
import { currentPasswordField, requireCurrentPassword } from '../src/auth/currentPassword'
import { passwordResetEmail } from '../src/auth/passwordResetEmail'
import { refuseWeakPasswords, refuseWeakResetPasswords } from '../src/auth/passwordStrength'
import { hashEvenWithoutAccount } from '../src/auth/signInAnswers'
import { twoFactorEndpoints } from '../src/auth/twoFactor/endpoints'
import { announceTwoFactor, resetTwoFactor, twoFactorFields } from '../src/auth/twoFactor/fields'
import { twoFactorJwtStrategy } from '../src/auth/twoFactor/session'
import { admins, fieldHasRole, staff } from '../src/access/roles'
import { selectOptions } from '../src/fields/selectOptions'
import { collectionSlugs, roles } from '../src/slugs'


/** The very first account (create-first-user or first-register) is the clinic's admin. */
const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: collectionSlugs.users, req })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}

/** Staff accounts; `limiters` count failed sign-ins, password-reset requests and wrong codes (src/auth/signInLimits.ts). */
export const users = (limiters: SignInLimiters): CollectionConfig => ({
  slug: collectionSlugs.users,
  labels: { singular: 'User', plural: 'Users' },
  admin: {
    // People appear by name wherever the admin names them (Reviewed by, Assigned to, notes).
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'updatedAt'],
    description: 'Staff accounts. Only admins add people or change roles.',
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    forgotPassword: passwordResetEmail,
    strategies: [twoFactorJwtStrategy],
    // The session cookie travels over HTTPS only in production (`npm start` and every deployment).
    // Browsers accept a Secure cookie from http://localhost and http://127.0.0.1 as well, so a
    // local `npm start` still signs in; `npm run dev` on plain http needs none.
    cookies: { secure: process.env.NODE_ENV === 'production' },
  },
  access: {
    read: readStaffAccounts,
    create: admins,
    update: adminOrSelf,
    delete: admins,
    // Payload's default lets any signed-in user unlock any account, which ends its lock on guessing.
    unlock: admins,
    admin: staff,
  },
  hooks: {
    beforeOperation: [limitSignIns(limiters), hashEvenWithoutAccount, refuseWeakResetPasswords],
    afterOperation: [forgiveSuccessfulSignIn(limiters)],
    beforeValidate: [requireCurrentPassword, refuseWeakPasswords],
    beforeChange: [firstUserIsAdmin, resetTwoFactor],
    afterLogin: [announceTwoFactor],
  },
  endpoints: twoFactorEndpoints(limiters),
  fields: [
    currentPasswordField,
    {
      name: 'name',
      type: 'text',
      maxLength: 200,
      // Required of every new account; accounts made before names were asked for get one when
      // they are next saved.
      validate: (value: unknown, { operation }: { operation?: string }) =>
        operation !== 'create' || (typeof value === 'string' && value.trim() !== '') ? true : 'Enter the person’s name.',
      admin: { description: 'Your name. For clinical reviewers it is shown publicly as the reviewer of content, e.g. "Dr. Jane Doe, MD".' },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: selectOptions(roles),
      access: { create: fieldHasRole('admin'), update: fieldHasRole('admin') },
      admin: {
        position: 'sidebar',
        description:
          'Admin: everything, including accounts. Editor: writes content, publishes quotes and provider discounts. Clinical reviewer: reviews and publishes articles, services and clinic info. Manager: contact submissions.',
      },
    },
    ...twoFactorFields,
  ],
})
