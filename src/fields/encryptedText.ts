import type { FieldHook, Payload, TextField } from 'payload'

import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'

const prefix = 'enc:v1:'
const marker = 'encryptedAtRest'

/**
 * The key: HKDF-SHA256 of PAYLOAD_SECRET, labelled for this use, so it is never the key that
 * signs logins and form tokens, and PAYLOAD_SECRET (which is not in the database) is all it needs.
 */
const keyFrom = (payloadSecret: string) => Buffer.from(hkdfSync('sha256', payloadSecret, '', 'alt-clinic secrets at rest v1', 32))

/** `enc:v1:` + base64url(12-byte IV, AES-256-GCM ciphertext, 16-byte tag). */
export const sealSecret = (plaintext: string, payloadSecret: string): string => {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyFrom(payloadSecret), iv)
  return prefix + Buffer.concat([iv, cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]).toString('base64url')
}

/** The plaintext of a sealed value, or null when it was sealed with another key or altered. */
export const openSecret = (sealed: string, payloadSecret: string): string | null => {
  const bytes = Buffer.from(sealed.slice(prefix.length), 'base64url')
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFrom(payloadSecret), bytes.subarray(0, 12))
    decipher.setAuthTag(bytes.subarray(-16))
    return Buffer.concat([decipher.update(bytes.subarray(12, -16)), decipher.final()]).toString('utf8')
  } catch {
    return null
  }
}

const isSealed = (value: unknown): value is string => typeof value === 'string' && value.startsWith(prefix)

const seal: FieldHook = ({ req, value }) => (typeof value === 'string' && value !== '' && !isSealed(value) ? sealSecret(value, req.payload.config.secret) : value)

/**
 * Whoever reads the field (hidden fields reach only reads with showHiddenFields, and access
 * decides the rest) gets the plaintext. A value sealed with another PAYLOAD_SECRET reads as
 * null, so the document can still be read and saved (an admin can reset two-factor sign-in).
 */
const open: FieldHook = ({ collection, field, req, value }) => {
  if (!isSealed(value)) return value
  const plaintext = openSecret(value, req.payload.config.secret)
  if (plaintext === null) req.payload.logger.warn(`${collection?.slug}.${'name' in field ? field.name : ''}: a value encrypted with another PAYLOAD_SECRET cannot be read`)
  return plaintext
}

/**
 * A text field whose value is stored encrypted (AES-256-GCM, key from PAYLOAD_SECRET), so a
 * database dump or backup alone does not give it away. Payload's Local API, REST and GraphQL
 * see the plaintext (subject to the field's `hidden` and `access`). Top-level fields only:
 * {@link sealStoredSecrets} looks for them there.
 */
export const encryptedText = (field: Pick<TextField, 'name' | 'label' | 'hidden' | 'access' | 'admin' | 'hooks' | 'custom'>): TextField => ({
  ...field,
  type: 'text',
  custom: { ...field.custom, [marker]: true },
  hooks: {
    ...field.hooks,
    beforeChange: [...(field.hooks?.beforeChange ?? []), seal],
    afterRead: [...(field.hooks?.afterRead ?? []), open],
  },
})

/**
 * Encrypts every value of an {@link encryptedText} field still stored in plaintext: rows written
 * before the field was encrypted, or by an instance of an older version during a rolling
 * deploy. Runs at every start (prepareDatabase), on SQLite, PostgreSQL and MongoDB alike; sealed
 * values are left as they are, so a second run changes nothing. It goes past Payload's hooks:
 * it re-encodes values, it edits no document (no updatedAt, audit event or webhook).
 */
export const sealStoredSecrets = async (payload: Payload) => {
  const { secret } = payload.config
  const unreadable: string[] = []
  for (const { config } of Object.values(payload.collections)) {
    for (const field of config.flattenedFields) {
      if (!field.custom?.[marker]) continue
      const { docs } = await payload.db.find<Record<string, unknown> & { id: number | string }>({
        collection: config.slug,
        where: { [field.name]: { exists: true } },
        select: { [field.name]: true },
        pagination: false,
        limit: 0,
      })
      for (const doc of docs) {
        const value = doc[field.name]
        if (isSealed(value)) {
          if (openSecret(value, secret) === null) unreadable.push(`${config.slug} ${doc.id}`)
        } else if (typeof value === 'string' && value !== '') {
          await payload.db.updateOne({ collection: config.slug, id: doc.id, data: { [field.name]: sealSecret(value, secret) }, returning: false })
        }
      }
    }
  }
  if (unreadable.length) {
    payload.logger.warn(
      `Secrets encrypted with another PAYLOAD_SECRET cannot be read (${unreadable.join(', ')}): rotate those webhooks' secrets and reset those accounts' two-factor sign-in, or start with the PAYLOAD_SECRET they were made with`,
    )
  }
}
