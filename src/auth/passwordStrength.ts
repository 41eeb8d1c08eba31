import type { ZxcvbnFactory } from '@zxcvbn-ts/core'
import type { CollectionBeforeOperationHook, CollectionBeforeValidateHook } from 'payload'

import type { User } from '../payload-types'
import { FieldRefusal } from './fieldRefusal'

export const passwordMinLength = 12
/** Long enough for any passphrase; longer is refused (OWASP ASVS 2.1.2). */
export const passwordMaxLength = 128
/** zxcvbn's "safely unguessable" (10^8 guesses or more), the score its authors advise requiring. */
const minimumScore = 3

let estimator: Promise<ZxcvbnFactory> | undefined

/** zxcvbn with its common-password and English dictionaries (a few MB, ~0.3 s): loaded when first needed, then kept. */
const loadEstimator = () =>
  (estimator ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]).then(
    ([{ ZxcvbnFactory }, common, english]) =>
      new ZxcvbnFactory({ dictionary: { ...common.dictionary, ...english.dictionary }, graphs: common.adjacencyGraphs, translations: english.translations }),
  ))

type Account = { email?: unknown; name?: unknown }

/** What a guesser who knows the account tries first: its email and name, whole and word by word, and the clinic's name. */
const accountWords = ({ email, name }: Account) => {
  const texts = [email, name].filter((text): text is string => typeof text === 'string' && text.length > 0)
  return [...texts, ...texts.flatMap((text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((word) => word.length > 2), 'alt', 'clinic']
}

/** Why a new password would be refused for this account, or undefined when it is good. */
export const passwordProblem = async (password: string, account: Account): Promise<string | undefined> => {
  const length = [...password].length
  if (length < passwordMinLength) return `Use at least ${passwordMinLength} characters. A few unrelated words are long enough and easy to remember.`
  if (length > passwordMaxLength) return `Use at most ${passwordMaxLength} characters.`
  const { score, feedback } = (await loadEstimator()).check(password, accountWords(account))
  if (score >= minimumScore) return undefined
  return ['This password is too easy to guess.', feedback.warning, 'Try a few unrelated words, or let a password manager choose one.'].filter(Boolean).join(' ')
}

/** Every new password set by creating or updating an account (first-register, the admin, REST, GraphQL, Local API) must be good. */
export const refuseWeakPasswords: CollectionBeforeValidateHook = async ({ collection, data, operation, originalDoc }) => {
  const password = data?.password
  if ((operation !== 'create' && operation !== 'update') || password === undefined || password === null || password === '') return data
  const problem = typeof password === 'string' ? await passwordProblem(password, { ...originalDoc, ...data }) : 'Enter the password as text.'
  if (problem) throw new FieldRefusal(collection.slug, 'password', problem)
  return data
}

/** The same for the password chosen through a reset link (Payload's reset-password), once the link is known to be good. */
export const refuseWeakResetPasswords: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'resetPassword') return args
  const { password, token } = (args.data ?? {}) as { password?: unknown; token?: unknown }
  if (typeof token !== 'string' || typeof password !== 'string') return args
  const account = await req.payload.db.findOne<User>({
    collection: collection.slug,
    where: { resetPasswordToken: { equals: token }, resetPasswordExpiration: { greater_than: new Date().toISOString() } },
    req,
  })
  const problem = account && (await passwordProblem(password, account))
  if (problem) throw new FieldRefusal(collection.slug, 'password', problem)
  return args
}
