import type { Payload } from 'payload'

import { paragraph, richText } from '../../seed/lexical'
import { rest, startPayload } from '../helpers/api'
import { itUnlessFerret, onFerretDB } from '../helpers/ferret'
import { staffTokens } from '../helpers/users'

let payload: Payload
let tokens: Awaited<ReturnType<typeof staffTokens>>

beforeAll(async () => {
  payload = await startPayload()
  tokens = await staffTokens(payload)
})
afterAll(async () => {
  await payload.destroy()
})

const quote = (attribution: string, extra: object = {}) =>
  rest('POST', '/quotes', { token: tokens.editor, body: { text: 'Words worth keeping.', attribution, ...extra } })
const article = (title: string, extra: object = {}) =>
  rest('POST', '/articles', { token: tokens.editor, body: { title, body: richText([paragraph(`${title}.`)]), ...extra } })

describe('generated slugs never block a save', () => {
  test('a second quote by the same person gets the next free suffix, and a third the one after', async () => {
    const answers = [await quote('Daniel J. Siegel'), await quote('Daniel J. Siegel'), await quote('Daniel J. Siegel')]
    expect(answers.map(({ status }) => status)).toEqual([201, 201, 201])
    expect(answers.map(({ body }) => body.doc.slug)).toEqual(['daniel-j-siegel', 'daniel-j-siegel-2', 'daniel-j-siegel-3'])
  })

  test('a slug that merely contains another is not counted as taken', async () => {
    expect((await quote('Carl Rogers Jr')).body.doc.slug).toBe('carl-rogers-jr')
    expect((await quote('Carl Rogers')).body.doc.slug).toBe('carl-rogers')
  })

  test('articles with a repeated title, saved as drafts, each get their own slug', async () => {
    const [first, second] = [await article('What to expect'), await article('What to expect')]
    expect([first.status, second.status]).toEqual([201, 201])
    expect([first.body.doc.slug, second.body.doc.slug]).toEqual(['what-to-expect', 'what-to-expect-2'])
  })

  test('saves of the same title at once all succeed with distinct slugs', async () => {
    const answers = await Promise.all(Array.from({ length: 4 }, () => article('Integration sessions')))
    expect(answers.map(({ status }) => status)).toEqual([201, 201, 201, 201])
    const slugs = answers.map(({ body }) => body.doc.slug).sort()
    expect(slugs).toEqual(['integration-sessions', 'integration-sessions-2', 'integration-sessions-3', 'integration-sessions-4'])
  })

  test('emptying the slug of a document regenerates it without counting the document itself', async () => {
    const { body } = await quote('Viktor Frankl')
    const cleared = await rest('PATCH', `/quotes/${body.doc.id}`, { token: tokens.editor, body: { slug: '' } })
    expect(cleared.status).toBe(200)
    expect(cleared.body.doc.slug).toBe('viktor-frankl')
  })
})

describe('a slug typed by staff is kept as typed', () => {
  test('a free one is used as it is', async () => {
    const { status, body } = await quote('Irvin Yalom', { slug: 'yalom-on-presence' })
    expect(status).toBe(201)
    expect(body.doc.slug).toBe('yalom-on-presence')
  })

  test('a taken one is refused on the slug field, and nothing is written', async () => {
    await article('Microdosing myths', { slug: 'microdosing-myths' })
    const before = (await rest('GET', '/articles?where[title][equals]=Another%20title&draft=true', { token: tokens.editor })).body.totalDocs
    const { status, body } = await article('Another title', { slug: 'microdosing-myths' })
    expect(status).toBe(400)
    // FerretDB's duplicate-key errors name no field (tests/helpers/ferret.ts).
    expect(body.errors[0].data.errors).toEqual([expect.objectContaining({ path: onFerretDB ? '' : 'slug', message: expect.stringMatching(/unique/i) })])
    expect((await rest('GET', '/articles?where[title][equals]=Another%20title&draft=true', { token: tokens.editor })).body.totalDocs).toBe(before)
  })

  itUnlessFerret('its duplicate-key errors name no field, a 500 on update')('changing an existing document to a taken slug is refused the same way', async () => {
    const { body } = await quote('Rollo May')
    const taken = (await quote('Rollo May')).body.doc.slug
    const answer = await rest('PATCH', `/quotes/${body.doc.id}`, { token: tokens.editor, body: { slug: taken } })
    expect(answer.status).toBe(400)
    expect(answer.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'slug' })])
  })
})
