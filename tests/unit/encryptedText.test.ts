import { openSecret, sealSecret } from '../../src/fields/encryptedText'

const key = 'a PAYLOAD_SECRET'

test('a sealed secret opens with the same PAYLOAD_SECRET only, and not at all once altered', () => {
  const secret = `whsec_${'0f'.repeat(32)}`
  const sealed = sealSecret(secret, key)
  expect(sealed).toMatch(/^enc:v1:[A-Za-z0-9_-]+$/)
  expect(sealed).not.toContain(secret.slice(6))
  expect(openSecret(sealed, key)).toBe(secret)
  // A fresh IV each time: equal secrets do not look equal in the database.
  expect(sealSecret(secret, key)).not.toBe(sealed)
  expect(openSecret(sealed, 'another PAYLOAD_SECRET')).toBeNull()
  const bytes = Buffer.from(sealed.slice('enc:v1:'.length), 'base64url')
  for (const index of [0, 12, bytes.length - 1]) {
    const altered = Buffer.from(bytes)
    altered[index] ^= 1
    expect(openSecret(`enc:v1:${altered.toString('base64url')}`, key)).toBeNull()
  }
  expect(openSecret('enc:v1:', key)).toBeNull()
})
