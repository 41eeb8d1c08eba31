import type { Payload } from 'payload'

import { collectionSlugs } from '../../src/slugs'
import { startPayload } from '../helpers/api'
import { submission } from '../helpers/intake'
import { staffTokens } from '../helpers/users'

const slug = collectionSlugs.contactSubmissions
let payload: Payload
let tokens: Record<'editor' | 'manager' | 'admin', string>

beforeAll(async () => {
  payload = await startPayload()
  tokens = await staffTokens(payload)
  await payload.create({ collection: slug, data: { ...submission(payload), name: 'Appointment Person', inquiryType: 'appointment' } as never })
  await payload.create({
    collection: slug,
    data: { ...submission(payload), name: 'Doe, "Jo"', inquiryType: 'general', message: '=HYPERLINK("http://evil.example")\nsecond line' } as never,
  })
  await payload.create({ collection: slug, data: { ...submission(payload), name: 'Spam Bot', inquiryType: 'general', status: 'spam' } as never })
})
afterAll(async () => {
  await payload.destroy()
})

/** GET through Payload's REST handler, returning the raw text (the rest() helper parses JSON). */
const getText = async (path: string, token?: string) => {
  const { REST_GET } = await import('@payloadcms/next/routes')
  const config = (await import('@payload-config')).default
  const url = new URL(`http://localhost:3000/api${path}`)
  const response = await REST_GET(config)(new Request(url, { headers: token ? { authorization: `JWT ${token}` } : {} }), {
    params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }),
  })
  return { status: response.status, headers: response.headers, text: await response.text() }
}

/** A minimal RFC 4180 reader for the checks below. */
const parseCsv = (text: string) => {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), i++
      else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ',') row.push(cell), (cell = '')
    else if (char === '\n') row.push(cell), rows.push(row), (row = []), (cell = '')
    else if (char !== '\r') cell += char
  }
  return rows
}

const asRecords = (text: string) => {
  const [header, ...rows] = parseCsv(text)
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])))
}

test('a manager downloads every submission as CSV, newest first', async () => {
  const res = await getText(`/${slug}/export`, tokens.manager)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
  expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="contact-submissions-\d{4}-\d{2}-\d{2}\.csv"$/)
  expect(res.headers.get('cache-control')).toBe('no-store')
  const records = asRecords(res.text)
  expect(records.map((record) => record.name)).toEqual(['Spam Bot', 'Doe, "Jo"', 'Appointment Person'])
  expect(Object.keys(records[0])).toEqual([
    'id', 'createdAt', 'status', 'inquiryType', 'name', 'email', 'phone', 'preferredContactMethod',
    'message', 'assignedTo', 'respondedAt', 'staffNotifiedAt', 'spamReasons', 'notes',
  ])
})

test('the notes column has each note on its own line: when (UTC), who, what', async () => {
  const [manager] = (await payload.find({ collection: collectionSlugs.users, where: { roles: { in: ['manager'] } }, limit: 1 })).docs
  const { docs } = await payload.find({ collection: slug, where: { name: { equals: 'Appointment Person' } } })
  await payload.update({ collection: slug, id: docs[0].id, data: { addNote: 'Called back.' } as never, user: manager, overrideAccess: false })
  await payload.update({ collection: slug, id: docs[0].id, data: { addNote: 'Booked for Monday.' } as never })
  const record = asRecords((await getText(`/${slug}/export`, tokens.manager)).text).find((row) => row.name === 'Appointment Person')!
  const when = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC, /
  const lines = record.notes.split('\n')
  expect(lines.map((line) => when.test(line))).toEqual([true, true])
  expect(lines.map((line) => line.replace(when, ''))).toEqual([`${manager.email}: Called back.`, 'author unknown: Booked for Monday.'])
})

test('commas, quotes and line breaks survive; formulas are defused', async () => {
  const record = asRecords((await getText(`/${slug}/export`, tokens.admin)).text).find((row) => row.name === 'Doe, "Jo"')!
  expect(record.message).toBe(`'=HYPERLINK("http://evil.example")\nsecond line`)
})

test('the list’s filters apply', async () => {
  const res = await getText(`/${slug}/export?where[inquiryType][equals]=general&where[status][not_equals]=spam`, tokens.manager)
  expect(asRecords(res.text).map((record) => record.name)).toEqual(['Doe, "Jo"'])
})

test.each([
  ['anonymous callers', undefined],
  ['editors', 'editor' as const],
])('%s get 403 and no data', async (_who, role) => {
  const res = await getText(`/${slug}/export`, role ? tokens[role] : undefined)
  expect(res.status).toBe(403)
  expect(res.text).not.toContain('Appointment Person')
  expect(JSON.parse(res.text).errors[0].message).toMatch(/not allowed/)
})

test('the export is audited with the ids it contained', async () => {
  const res = await getText(`/${slug}/export?where[inquiryType][equals]=appointment`, tokens.manager)
  const [{ id }] = asRecords(res.text)
  const { docs } = await payload.find({ collection: collectionSlugs.auditEvents, where: { action: { equals: 'export' } }, sort: '-createdAt' })
  expect(docs[0]).toMatchObject({ action: 'export', documentIds: [id], api: 'REST' })
  expect(docs[0].actor).toMatch(/^manager-/)
})
