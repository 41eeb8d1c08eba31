import type { AdminViewServerProps } from 'payload'

import { MinimalTemplate } from '@payloadcms/next/templates'

import { TwoFactorForm } from './TwoFactorForm'

/** `/admin/two-factor`: enrol (QR code, first code, recovery codes) or verify this session. */
export const TwoFactorView = ({ initPageResult }: AdminViewServerProps) => {
  const user = initPageResult.req.user as { email?: string; twoFactorEnabled?: boolean | null; twoFactorPending?: boolean } | null
  const { routes } = initPageResult.req.payload.config
  return (
    <MinimalTemplate className="two-factor">
      <TwoFactorForm
        api={routes.api}
        admin={routes.admin}
        enrolled={Boolean(user?.twoFactorEnabled)}
        pending={Boolean(user?.twoFactorPending)}
      />
    </MinimalTemplate>
  )
}
