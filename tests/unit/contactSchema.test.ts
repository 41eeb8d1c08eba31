import { contactIntakeSchema, contactStaffUpdateSchema, limits } from '../../src/validation/contactSubmission'

const valid = {
  name: '  Ann Lee ',
  email: 'ann@example.com',
  message: 'I would like to book a consultation.',
  inquiryType: 'appointment',
  consent: true,
  formToken: '1764230400000.signature-checked-by-the-collection',
}

const fieldErrors = (input: unknown) => {
  const result = contactIntakeSchema.safeParse(input)
  if (result.success) return {}
  return Object.fromEntries(
    result.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [key, issue.message]) : [[issue.path.join('.'), issue.message]],
    ),
  )
}

test('accepts a valid submission, trims text and turns an empty phone into null', () => {
  expect(contactIntakeSchema.parse({ ...valid, phone: '' })).toEqual({ ...valid, name: 'Ann Lee', phone: null })
})

test.each([
  ['missing email', { email: undefined }, { email: 'Email is required.' }],
  ['bad email', { email: 'not-an-email' }, { email: 'Email must be a valid email address.' }],
  ['missing consent', { consent: undefined }, { consent: expect.stringMatching(/^Consent is required/) }],
  ['consent false', { consent: false }, { consent: expect.stringMatching(/^Consent is required/) }],
  ['unknown inquiry type', { inquiryType: 'billing' }, { inquiryType: expect.stringMatching(/^Inquiry type must be one of/) }],
  ['20,000-character message', { message: 'x'.repeat(20_000) }, { message: `Message must be at most ${limits.message} characters.` }],
  ['blank name', { name: '   ' }, { name: 'Name is required.' }],
  ['phone with letters', { phone: 'call me' }, { phone: expect.stringMatching(/^Phone may contain only/) }],
  ['number as name', { name: 42 }, { name: 'Name must be text.' }],
  ['extra unknown field', { status: 'closed' }, { status: 'Unknown field.' }],
])('rejects %s with a message on that field', (_case, change, expected) => {
  expect(fieldErrors({ ...valid, ...change })).toEqual(expected)
})

test('rejects prototype-pollution keys as unknown fields', () => {
  const input = JSON.parse(`{"__proto__": {"admin": true}, ${JSON.stringify(valid).slice(1)}`)
  expect(Object.entries(fieldErrors(input))).toEqual([['__proto__', 'Unknown field.']])
})

test('the honeypot may be sent (and is judged later); a missing form token is a field error', () => {
  expect(contactIntakeSchema.parse({ ...valid, website: 'http://bot.example' })).toMatchObject({ website: 'http://bot.example' })
  expect(fieldErrors({ ...valid, formToken: undefined })).toEqual({ formToken: expect.stringMatching(/^Form token is required/) })
})

test('rejects a body that is not an object', () => {
  expect(fieldErrors('hello')).toEqual({ '': 'Send the submission as an object of fields.' })
})

test('staff updates take any subset and add no defaults; server-managed values they echo back are dropped', () => {
  expect(contactStaffUpdateSchema.parse({ status: 'in-progress' })).toEqual({ status: 'in-progress' })
  const echoed = contactStaffUpdateSchema.parse({ status: 'closed', spamReasons: ['links'], respondedAt: '2020-01-01', staffNotifiedAt: '2020-01-01', messageHash: 'x' })
  expect(Object.fromEntries(Object.entries(echoed).filter(([, value]) => value !== undefined))).toEqual({ status: 'closed' })
  expect(contactStaffUpdateSchema.safeParse({ status: 'archived' }).success).toBe(false)
})
