import type { EmailAdapter, SendEmailOptions } from 'payload'

/** `j***@alt.test`: enough to tell whom an email was for, not enough to give the address away. */
export const redactAddress = (address: string) => {
  const at = address.lastIndexOf('@')
  return at > 0 ? `${address[0]}***${address.slice(at)}` : '***'
}

/** The bare addresses of a message's `to`, whatever its shape (a string, a list, `{ name, address }`). */
const recipients = (to: SendEmailOptions['to']): string[] =>
  (Array.isArray(to) ? to : to ? [to] : []).flatMap((each) =>
    typeof each === 'string' ? each.split(',').map((one) => (/<([^>]*)>/.exec(one)?.[1] ?? one).trim()).filter(Boolean) : [each.address],
  )

/**
 * Where email goes when `SMTP_HOST` is unset: nowhere. The log says that an email was not sent,
 * to whom (redacted) and why, never its body: a password-reset link in the log would let
 * whoever reads the logs take over the account. `full` (`EMAIL_TO_LOG=full`, refused in
 * production at start-up by src/env.ts) writes whole emails instead, so that a local install
 * can follow a reset link.
 */
export const emailToLog =
  (mode: 'notice' | 'full'): EmailAdapter =>
  ({ payload }) => {
    payload.logger.warn(
      mode === 'full'
        ? 'SMTP_HOST is not set: emails are written whole to the log (EMAIL_TO_LOG=full), password-reset links included. Local development only.'
        : 'SMTP_HOST is not set: no email is sent. Password reset and staff notifications of new contact submissions need SMTP (docs/operations.md, "Email").',
    )
    return {
      name: 'log',
      defaultFromAddress: 'no-reply@alt.clinic',
      defaultFromName: 'ALT. clinic',
      sendEmail: async (message) => {
        if (mode === 'full') {
          payload.logger.info({ msg: 'Email not sent (SMTP_HOST is unset); here it is', to: message.to, subject: message.subject, body: message.text ?? message.html })
          return
        }
        payload.logger.warn({ msg: 'Email not sent: SMTP_HOST is unset', to: recipients(message.to).map(redactAddress), subject: message.subject })
      },
    }
  }
