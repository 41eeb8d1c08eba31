import type { EmailAdapter } from 'payload'

/**
 * Where email goes when `SMTP_HOST` is unset: into the log, body included, so that on a local
 * install a password-reset link can still be followed. Payload's own fallback logs only the
 * recipient and subject. A deployment sets SMTP: the log then never holds a reset link.
 */
export const emailToLog: EmailAdapter = ({ payload }) => ({
  name: 'log',
  defaultFromAddress: 'no-reply@alt.clinic',
  defaultFromName: 'ALT. clinic',
  sendEmail: async (message) => {
    payload.logger.info({ msg: 'Email not sent (SMTP_HOST is unset); here it is', to: message.to, subject: message.subject, body: message.text ?? message.html })
  },
})
