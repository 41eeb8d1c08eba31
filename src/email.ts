import type { EmailAdapter } from 'payload'

import nodemailer from 'nodemailer'

/**
 * Email through SMTP when `SMTP_HOST` is set (`SMTP_PORT`, `SMTP_USER`, `SMTP_PASS`,
 * `SMTP_SECURE`, `EMAIL_FROM`). Otherwise undefined, and Payload writes each email to the log
 * instead of sending it: right for development, and harmless since no email carries personal data.
 */
export const smtpEmailAdapter = (env: Record<string, string | undefined> = process.env): EmailAdapter | undefined => {
  if (!env.SMTP_HOST) return undefined
  const transport = nodemailer.createTransport({
    host: env.SMTP_HOST,
    port: Number(env.SMTP_PORT || 587),
    secure: env.SMTP_SECURE === 'true',
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : undefined,
  })
  const fromAddress = env.EMAIL_FROM || 'no-reply@alt.clinic'
  return () => ({
    name: 'smtp',
    defaultFromAddress: fromAddress,
    defaultFromName: 'ALT. clinic',
    sendEmail: async (message) => transport.sendMail({ from: `"ALT. clinic" <${fromAddress}>`, ...message }),
  })
}
