import type { Role } from '../../slugs'

import { roles } from '../../slugs'

/**
 * Roles that must sign in with a second factor, from `TWO_FACTOR_REQUIRED_ROLES` (comma-separated;
 * default `admin,manager`: the roles that read patients' messages or manage accounts). `none`
 * turns the requirement off, for local development only. An unknown role is a typo that would
 * silently weaken the requirement, so it throws.
 */
export const twoFactorRequiredRoles = (raw = process.env.TWO_FACTOR_REQUIRED_ROLES): readonly Role[] => {
  const value = raw?.trim() || 'admin,manager'
  if (value === 'none') return []
  const listed = value.split(',').map((role) => role.trim()).filter(Boolean)
  const unknown = listed.filter((role) => !(roles as readonly string[]).includes(role))
  if (unknown.length) {
    throw new Error(`[clinic-content] TWO_FACTOR_REQUIRED_ROLES: unknown role(s) ${unknown.join(', ')}; use ${roles.join(', ')} or none.`)
  }
  return listed as Role[]
}
