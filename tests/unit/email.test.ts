import type { Payload } from 'payload'

import { smtpEmailAdapter } from '../../src/email'
import { redactAddress } from '../../src/emailToLog'
import { fakeSmtpServer } from '../helpers/smtp'

test('without SMTP_HOST there is no SMTP adapter: the app logs what it did not send (src/emailToLog.ts)', () => {
  expect(smtpEmailAdapter({})).toBeUndefined()
})

test('with SMTP_HOST emails go out over SMTP, from EMAIL_FROM', async () => {
  const smtp = await fakeSmtpServer()
  try {
    const adapter = await smtpEmailAdapter({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), EMAIL_FROM: 'intake@alt.test' })!
    const email = adapter({ payload: {} as Payload })
    expect(email).toMatchObject({ name: 'nodemailer', defaultFromAddress: 'intake@alt.test' })
    await email.sendEmail({ to: 'manager@alt.test', subject: 'New contact submission: General', text: 'Open it in the admin.' })
    expect(smtp.messages).toHaveLength(1)
    expect(smtp.messages[0]).toMatch(/^From: "?ALT\. clinic"? <intake@alt\.test>/m)
    expect(smtp.messages[0]).toMatch(/^To: manager@alt\.test/m)
    expect(smtp.messages[0]).toMatch(/^Subject: New contact submission: General/m)
  } finally {
    smtp.close()
  }
})

test('the log names a recipient by first letter and domain only', () => {
  expect(['jane.doe@alt.test', 'j@alt.test', 'odd"@name"@alt.test', 'no-at-sign', ''].map(redactAddress)).toEqual(['j***@alt.test', 'j***@alt.test', 'o***@alt.test', '***', '***'])
})
