import type { EmailAdapter, Payload, SendEmailOptions } from 'payload'

import { issueFormToken } from '../../src/intake/formToken'

let counter = 0

/** A form token issued `secondsAgo` (default: long enough ago to pass the minimum fill time). */
export const formTokenFor = (payload: Payload, secondsAgo = 60) => issueFormToken(payload.secret, Date.now() - secondsAgo * 1000)

/**
 * A valid public submission with a fresh token and a message of its own (the same message twice
 * within a day is flagged as a duplicate).
 */
export const submission = (payload: Payload, change: Record<string, unknown> = {}) => ({
  name: 'Ann Lee',
  email: 'ann@example.com',
  phone: '+1 (555) 010-0000',
  message: `I would like to book a consultation (${++counter}-${Math.random().toString(36).slice(2)}).`,
  inquiryType: 'appointment',
  preferredContactMethod: 'phone',
  consent: true,
  formToken: formTokenFor(payload),
  ...change,
})

/**
 * A test email adapter: installed on a running Payload in place of the configured one, it
 * keeps every email in `sent` instead of delivering it, or fails every send with `failWith`.
 */
export const captureEmails = (payload: Payload) => {
  const sent: SendEmailOptions[] = []
  const control = { sent, failWith: undefined as Error | undefined }
  const adapter: EmailAdapter = () => ({
    name: 'test-capture',
    defaultFromAddress: 'test@alt.test',
    defaultFromName: 'Test',
    sendEmail: async (message) => {
      if (control.failWith) throw control.failWith
      sent.push(message)
      return { accepted: message.to }
    },
  })
  payload.email = adapter({ payload })
  payload.sendEmail = payload.email.sendEmail
  return control
}
