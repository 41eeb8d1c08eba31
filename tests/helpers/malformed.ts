import fc from 'fast-check'

/**
 * Generators of hostile contact-form requests for property tests. Every request they make is
 * malformed in at least one way that must be refused, so none may ever be stored.
 */

const hostileKeys = ['__proto__', 'constructor', 'prototype', '$where', '$gt', 'a.b', 'status', 'id', 'createdAt', '']
const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "'; DROP TABLE contact_submissions; --",
    '{"$gt": ""}',
    '\u0000\u0001\u001f',
    '\uD800',
    '𝕳𝖊𝖑𝖑𝖔 👋🏽 مرحبا שלום',
    '=cmd|"/c calc"!A1',
    '../../etc/passwd',
  ),
  fc.integer({ min: 5_001, max: 20_000 }).map((n) => 'x'.repeat(n)),
)
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileText, { maxLength: 5 }),
  fc.dictionary(fc.constantFrom(...hostileKeys, 'x', 'y'), hostileText, { maxKeys: 4 }),
  fc.jsonValue({ maxDepth: 4 }),
)

/** A corruption that makes any body invalid on its own. */
const corruption: fc.Arbitrary<(body: Record<string, unknown>) => void> = fc.oneof(
  fc.constantFrom('name', 'email', 'message', 'inquiryType', 'consent', 'formToken').map((field) => (body: Record<string, unknown>) => {
    delete body[field]
  }),
  fc.tuple(fc.constantFrom('name', 'email', 'message'), fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string()))).map(
    ([field, value]) => (body: Record<string, unknown>) => {
      body[field] = value
    },
  ),
  fc.constantFrom<unknown>(false, 'true', 1, null, 'yes').map((value) => (body: Record<string, unknown>) => {
    body.consent = value
  }),
  fc.string({ maxLength: 40 }).filter((type) => !['appointment', 'provider-collaboration', 'provider-discount', 'general'].includes(type)).map(
    (type) => (body: Record<string, unknown>) => {
      body.inquiryType = type
    },
  ),
  fc.constantFrom(...hostileKeys.filter((key) => key !== ''), 'isAdmin', 'addNote', 'notes', 'assignedTo', 'spamReasons').chain((key) =>
    anyValue.map((value) => (body: Record<string, unknown>) => {
      Object.defineProperty(body, key, { value, enumerable: true, configurable: true, writable: true })
    }),
  ),
  fc.constantFrom('not-a-token', '1.abc', '', 'x'.repeat(60)).map((token) => (body: Record<string, unknown>) => {
    body.formToken = token
  }),
  fc.integer({ min: 70 * 1024, max: 200 * 1024 }).map((size) => (body: Record<string, unknown>) => {
    body.message = 'é'.repeat(size / 2)
  }),
)

export type MalformedRequest = { body: string; contentType: string }

/**
 * A malformed request: a valid form (with `validToken`) that got one or more corruptions and
 * hostile values in other fields; or a body that is not JSON, not an object, or not JSON-typed.
 */
export const malformedRequest = (validToken: () => string): fc.Arbitrary<MalformedRequest> =>
  fc.oneof(
    { weight: 6, arbitrary: fc
      .tuple(
        fc.dictionary(fc.constantFrom('name', 'email', 'phone', 'message', 'website', 'preferredContactMethod'), anyValue, { maxKeys: 3 }),
        fc.array(corruption, { minLength: 1, maxLength: 3 }),
      )
      .map(([noise, corruptions]) => {
        const body: Record<string, unknown> = {
          name: 'Ann Lee',
          email: 'ann@example.com',
          message: 'I would like to book a consultation.',
          inquiryType: 'appointment',
          consent: true,
          formToken: validToken(),
          ...noise,
        }
        for (const corrupt of corruptions) corrupt(body)
        return { body: JSON.stringify(body), contentType: 'application/json' }
      }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).filter((value) => typeof value !== 'object' || value === null || Array.isArray(value)).map((value) => ({
      body: JSON.stringify(value),
      contentType: 'application/json',
    })) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 500 }).filter((text) => {
      try {
        JSON.parse(text)
        return false
      } catch {
        return true
      }
    }).map((body) => ({ body, contentType: 'application/json' })) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'text/html', 'application/xml', 'application/jsonx', ''), fc.string({ maxLength: 200 })).map(
      ([contentType, body]) => ({ body, contentType }),
    ) },
  )
