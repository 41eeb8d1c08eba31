import type { EmailAdapter } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

/**
 * Email through SMTP with @payloadcms/email-nodemailer when `SMTP_HOST` is set (`SMTP_PORT`,
 * `SMTP_USER`, `SMTP_PASS`, `SMTP_SECURE`, `EMAIL_FROM`). Otherwise undefined, and the app
 * sends nothing: the log says what was not sent (src/emailToLog.ts).
 */
export const smtpEmailAdapter = (env: Record<string, string | undefined> = process.env): Promise<EmailAdapter> | undefined => {
  if (!env.SMTP_HOST) return undefined
  return nodemailerAdapter({
    defaultFromAddress: env.EMAIL_FROM || 'no-reply@alt.clinic',
    defaultFromName: 'ALT. clinic',
    transportOptions: {
      host: env.SMTP_HOST,
      port: Number(env.SMTP_PORT || 587),
      secure: env.SMTP_SECURE === 'true',
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : undefined,
    },
    // The adapter would otherwise connect to the server while the config loads: an SMTP server
    // that is down or slow would hold up every start (nodemailer waits up to two minutes).
    skipVerify: true,
  })
}
