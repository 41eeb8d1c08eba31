import type { Payload } from 'payload'

import { rest, startPayload } from '../helpers/api'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload.destroy()
})

test('anonymous REST create of a submission', async () => {
  const res = await rest('POST', '/contact-submissions', {
    body: { name: 'Ann', email: 'ann@example.com', message: 'Hello', inquiryType: 'general', consent: true },
  })
  console.log(res.status, JSON.stringify(res.body))
  const bad = await rest('POST', '/contact-submissions', { body: { email: 'x', extra: 1 } })
  console.log(bad.status, JSON.stringify(bad.body))
  const list = await rest('GET', '/contact-submissions')
  console.log(list.status, JSON.stringify(list.body))
})
