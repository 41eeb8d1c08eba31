import type { Payload } from 'payload'

import type { Role } from '../../src/slugs'

import { collectionSlugs } from '../../src/slugs'

export const password = 'correct horse battery staple'

/** Creates a staff account with the given role (server-side) and returns its login token. */
export const tokenFor = async (payload: Payload, role: Role) => {
  const email = `${role}-${Math.random().toString(36).slice(2)}@alt.test`
  const user = await payload.create({ collection: collectionSlugs.users, data: { email, name: `${role} ${email.split('@')[0]}`, password, roles: [role] } })
  const { token } = await payload.login({ collection: collectionSlugs.users, data: { email, password } })
  return { token: token!, user }
}

/**
 * One signed-in account per role. The admin is made first because the very first account
 * of a database always becomes an admin, whatever role it asks for.
 */
export const staffTokens = async (payload: Payload) => {
  const admin = await tokenFor(payload, 'admin')
  const editor = await tokenFor(payload, 'editor')
  const reviewer = await tokenFor(payload, 'clinical-reviewer')
  const manager = await tokenFor(payload, 'manager')
  return { admin: admin.token, editor: editor.token, reviewer: reviewer.token, manager: manager.token, reviewerId: reviewer.user.id }
}
