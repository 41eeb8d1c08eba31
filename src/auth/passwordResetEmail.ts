import type { IncomingAuthType, PayloadRequest } from 'payload'

/**
 * The admin's reset page for a token, on `SERVER_URL` (Payload's `serverURL`). Without it (a
 * local install) the page is on localhost at `PORT`: Payload would otherwise fall back to a
 * relative link, which no email client can open.
 */
const passwordResetLink = (req: PayloadRequest, token: string) => {
  const { serverURL, routes, admin } = req.payload.config
  const origin = serverURL || `http://localhost:${process.env.PORT || 3000}`
  return `${origin}${routes.admin}${admin.routes.reset}/${token}`
}

/** The forgot-password email: the link, how long it lasts, and what to do if it was not you. */
export const passwordResetEmail: NonNullable<IncomingAuthType['forgotPassword']> = {
  generateEmailSubject: () => 'Reset your ALT. password',
  generateEmailHTML: ({ req, token } = {}) => {
    const link = passwordResetLink(req!, token!)
    return [
      '<p>Someone asked to reset the password of your ALT. staff account.</p>',
      `<p>To choose a new password, open this link within an hour: <a href="${link}">${link}</a></p>`,
      '<p>If it was not you, ignore this email: your password stays as it is.</p>',
    ].join('\n')
  },
}
