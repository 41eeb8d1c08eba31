import { signPreviewToken, verifyPreviewToken } from '../../src/preview/token'

const secret = 'unit-test-secret'
const article = { collection: 'articles', id: 7 }

test('a fresh token names its document', () => {
  expect(verifyPreviewToken(secret, signPreviewToken(secret, article, 600))).toEqual(article)
  expect(verifyPreviewToken(secret, signPreviewToken(secret, { global: 'clinic-info' }, 600))).toEqual({ global: 'clinic-info' })
})

test('it expires after its lifetime', () => {
  const issued = Date.now()
  const token = signPreviewToken(secret, article, 600, issued)
  expect(verifyPreviewToken(secret, token, issued + 599_000)).toEqual(article)
  expect(verifyPreviewToken(secret, token, issued + 600_000)).toBeUndefined()
})

test('a token pointed at another document, signed with another secret, or malformed is refused', () => {
  const token = signPreviewToken(secret, article, 600)
  const [, signature] = token.split('.')
  const otherBody = Buffer.from(JSON.stringify({ collection: 'articles', id: 8, exp: 9_999_999_999 })).toString('base64url')
  expect(verifyPreviewToken(secret, `${otherBody}.${signature}`)).toBeUndefined()
  expect(verifyPreviewToken('another secret', token)).toBeUndefined()
  for (const bad of ['', 'abc', `${token}.extra`, `${token.split('.')[0]}.`, 'e30.e30']) expect(verifyPreviewToken(secret, bad)).toBeUndefined()
})
