'use client'

import type { ReactNode } from 'react'

import { useAuth, useConfig } from '@payloadcms/ui'
import { usePathname, useRouter } from 'next/navigation.js'
import { useEffect } from 'react'

/**
 * Until the second factor is verified, every admin page but the two-factor screen (and logout)
 * is replaced by a redirect to it. The API refuses such a session anyway (src/access/roles.ts);
 * this keeps the admin from showing empty, forbidden pages meanwhile.
 */
export const TwoFactorGate = ({ children }: { children?: ReactNode }) => {
  const { user } = useAuth()
  const { config } = useConfig()
  const pathname = usePathname()
  const router = useRouter()
  const screen = `${config.routes.admin}/two-factor`
  const allowed = [screen, `${config.routes.admin}${config.admin.routes.logout}`]
  const blocked = Boolean((user as { twoFactorPending?: boolean } | null)?.twoFactorPending) && !allowed.includes(pathname)
  useEffect(() => {
    if (blocked) router.replace(screen)
  }, [blocked, router, screen])
  return blocked ? null : children
}
