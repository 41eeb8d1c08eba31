import type { EmailAdapter, IncomingAuthType, PayloadRequest } from 'payload'

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

const subject = 'Reset your ALT. password'

/** The forgot-password email: the link, how long it lasts, and what to do if it was not you. */
export const passwordResetEmail: NonNullable<IncomingAuthType['forgotPassword']> = {
  generateEmailSubject: () => subject,
  generateEmailHTML: ({ req, token } = {}) => {
    const link = passwordResetLink(req!, token!)
    return [
      '<p>Someone asked to reset the password of your ALT. staff account.</p>',
      `<p>To choose a new password, open this link within an hour: <a href="${link}">${link}</a></p>`,
      '<p>If it was not you, ignore this email: your password stays as it is.</p>',
    ].join('\n')
  },
}

/**
 * The app's email adapter, except that the forgot-password email is sent after the answer, not
 * before it: Payload waits for the sending, so a known address would answer later than an unknown
 * one (nothing to send) by as long as the mail server takes, and a failed send would answer 500
 * for known addresses only. A failed send is logged; the person can ask again.
 */
export const resetEmailAfterAnswering =
  (adapter: EmailAdapter): EmailAdapter =>
  (args) => {
    const email = adapter(args)
    return {
      ...email,
      sendEmail: async (message) => {
        if (message.subject !== subject) return email.sendEmail(message)
        Promise.resolve()
          .then(() => email.sendEmail(message))
          .catch((err: unknown) => args.payload.logger.error({ err, msg: 'A password-reset email could not be sent' }))
      },
    }
  }
