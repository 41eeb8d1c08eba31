import type { Access, Payload } from 'payload'

import { jsonError } from '../endpoints/jsonError'
import { admins, isVerifiedUser, staff } from './roles'

/** Wraps one of Payload's access functions so that only staff past their second factor get past it. */
const forStaff =
  (access: Access | undefined): Access =>
  (args) =>
    isVerifiedUser(args.req.user) && (access ? access(args) : true)

/**
 * Payload adds collections and a global of its own after every plugin has run, most with access
 * for any signed-in user (`Boolean(req.user)`), a session still waiting for its second factor
 * included. Once Payload is up (`onInit`), they are set on purpose:
 * - `payload-locked-documents` (who is editing what in the admin): staff past their second factor.
 * - `payload-preferences` (each person's admin settings): their own, past the second factor; its
 *   `/:key` endpoints ask only whether someone is signed in, so they are guarded too.
 * - `payload-jobs-stats` (the job scheduler's bookkeeping): admins read it; only the scheduler
 *   writes it (through the database adapter, which no access function stops).
 * `payload-kv` and `payload-jobs` refuse every API call already (jobs are queued and run through
 * `jobs.access`), and `payload-migrations` has neither REST nor GraphQL.
 */
export const setPayloadInternalsAccess = (payload: Payload) => {
  const locks = payload.collections['payload-locked-documents']?.config
  if (locks) Object.assign(locks.access, { create: staff, read: staff, update: staff, delete: staff })

  const preferences = payload.collections['payload-preferences']?.config
  if (preferences) {
    const { access } = preferences
    Object.assign(access, { create: staff, read: forStaff(access.read), update: forStaff(access.update), delete: forStaff(access.delete) })
    if (preferences.endpoints) {
      preferences.endpoints = preferences.endpoints.map((endpoint) => ({
        ...endpoint,
        handler: (req) => (isVerifiedUser(req.user) ? endpoint.handler(req) : jsonError(403, 'You are not allowed to perform this action.')),
      }))
    }
  }

  const jobStats = payload.config.globals.find((global) => global.slug === 'payload-jobs-stats')
  if (jobStats) Object.assign(jobStats.access, { read: admins, update: () => false })
}
