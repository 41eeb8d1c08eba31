import type { Payload } from 'payload'

import { paragraph, richText } from '../../seed/lexical'
import { seedSlugs } from '../../seed/content'
import { seedClinicContent } from '../../seed/seed'
import { collectionSlugs, globalSlugs } from '../../src/slugs'
import { graphql, rest, startPayload } from '../helpers/api'
import { startAppServer } from '../helpers/appServer'
import { readDoc } from '../helpers/docs'
import { staffTokens } from '../helpers/users'

/** The stored readability analysis (staff only) and the publishing gate, over REST and GraphQL. */
let payload: Payload
let tokens: Awaited<ReturnType<typeof staffTokens>>
let server: Awaited<ReturnType<typeof startAppServer>>

beforeAll(async () => {
  payload = await startPayload()
  await seedClinicContent(payload)
  tokens = await staffTokens(payload)
  server = await startAppServer(payload)
})
afterAll(async () => {
  await server.close()
  await payload.destroy()
})

/** The refusal editors.md quotes, with its grade as any grade. */
const documentedRefusal = () => {
  const quoted = readDoc('docs/editors.md').split('\n').find((line) => line.startsWith('> The text reads at grade'))!.slice(2)
  return new RegExp(`^${quoted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('10\\.4', '\\d+\\.\\d')}$`)
}
/** The override body reviewers.md shows. */
const documentedOverride = () => JSON.parse(/<!-- readability-override -->\n```json\n([\s\S]*?)```/.exec(readDoc('docs/reviewers.md'))![1])

const reviewed = () => ({ reviewedBy: tokens.reviewerId, lastReviewedAt: new Date().toISOString() })
const errorsOf = (body: any) => Object.fromEntries(((body.errors?.[0]?.data?.errors ?? []) as { path: string; message: string }[]).map((error) => [error.path, error.message]))
// Long words in a long sentence: well above grade 20.
const sentence =
  'Comprehensive individualized pharmacological interventions necessitate multidisciplinary evaluation, continuous physiological monitoring and collaborative therapeutic decision-making.'
// 112 words: enough for a grade that gates publishing (100 or more).
const hard = Array(8).fill(sentence).join(' ')
// 102 words at about grade 1.
const plain = Array(6).fill('We talk with you first. Then you rest in a quiet room. A nurse stays with you.').join(' ')
const article = (title: string, text: string) => ({ title, slug: title.toLowerCase().replace(/\W+/g, '-'), body: richText([paragraph(text)]) })

describe('stored on every save, read by staff only', () => {
  test('the seed keeps the clinic’s text published, with its measured grade stored', async () => {
    const { docs } = await payload.find({ collection: collectionSlugs.articles, where: { slug: { equals: seedSlugs.article } }, depth: 0 })
    expect(docs[0]._status).toBe('published')
    expect(docs[0].readability).toMatchObject({ gradeFormula: 'smog', grade: expect.any(Number), targetGrade: 8, checkedAt: expect.any(String) })
    expect(docs[0].readability!.grade!).toBeGreaterThan(16)
    expect(docs[0].readability!.problems).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'unexplained-acronym', term: 'PTSD' })]))
    const clinic = await payload.findGlobal({ slug: globalSlugs.clinicInfo, depth: 0 })
    expect(clinic.readability?.words).toBeGreaterThan(10)
  })

  test('REST: staff read it; anonymous callers never do, through the public API and its cache too', async () => {
    const path = `/articles?where[slug][equals]=${seedSlugs.article}&depth=0`
    expect((await rest('GET', path, { token: tokens.editor })).body.docs[0].readability.grade).toBeGreaterThan(16)
    expect((await rest('GET', path)).body.docs[0]).not.toHaveProperty('readability')
    // Nor can they query on it (Payload refuses a path the caller may not read); staff can.
    const probe = `/articles?where[readability.grade][greater_than]=16&depth=0`
    expect((await rest('GET', probe)).status).toBe(400)
    expect((await rest('GET', probe, { token: tokens.reviewer })).body.totalDocs).toBeGreaterThan(0)
    for (const attempt of ['MISS', 'HIT']) {
      const response = await fetch(`${server.url}/api${path}`)
      expect([attempt, response.headers.get('x-cache')]).toEqual([attempt, attempt])
      expect((await response.json()).docs[0]).not.toHaveProperty('readability')
    }
    const staffAnswer = await fetch(`${server.url}/api${path}`, { headers: { authorization: `JWT ${tokens.manager}` } })
    expect((await staffAnswer.json()).docs[0].readability.grade).toBeGreaterThan(16)
    expect((await rest('GET', '/globals/clinic-info')).body).not.toHaveProperty('readability')
    expect((await rest('GET', '/globals/clinic-info', { token: tokens.editor })).body.readability.words).toBeGreaterThan(10)
  })

  test('GraphQL: null for anonymous callers, the numbers for staff', async () => {
    const query = `{ Articles(where: { slug: { equals: "${seedSlugs.article}" } }) { docs { title readability { grade targetGrade } } } }`
    const anonymous = await graphql(query)
    // Payload answers a group whose fields the caller may not read with each field null.
    expect(anonymous.body.data.Articles.docs[0]).toEqual({ title: 'Understanding Ketamine', readability: { grade: null, targetGrade: null } })
    const staff = await graphql(query, { token: tokens.reviewer })
    expect(staff.body.data.Articles.docs[0].readability).toEqual({ grade: expect.any(Number), targetGrade: 8 })
  })

  test('a caller cannot write the analysis: it is computed from the text', async () => {
    const res = await rest('POST', '/articles', { token: tokens.editor, body: { ...article('Forged grade', hard), readability: { grade: 1, words: 1 } } })
    expect(res.status).toBe(201)
    // Title (2 words) and body (8 × 14): Flesch–Kincaid, as the text is under 30 sentences.
    expect(res.body.doc.readability).toMatchObject({ gradeFormula: 'flesch-kincaid', words: 114, sentences: 9 })
    expect(res.body.doc.readability.grade).toBeGreaterThan(20)
  })
})

describe('for frontends: the reading grade and time, public', () => {
  test('anonymous REST and GraphQL read the grade and the minutes of a published article or service; a caller cannot set them', async () => {
    const path = `/articles?where[slug][equals]=${seedSlugs.article}&depth=0`
    const staffDoc = (await rest('GET', path, { token: tokens.editor })).body.docs[0]
    const { forReaders } = (await rest('GET', path)).body.docs[0]
    // The words (900 with title and summary) at 200 a minute.
    expect(forReaders).toEqual({ grade: staffDoc.readability.grade, minutes: Math.round(staffDoc.readability.words / 200) })
    expect(forReaders.minutes).toBeGreaterThanOrEqual(4)
    // docs/frontend.md's example, as a frontend sends it.
    const documented = /curl '(http:\/\/localhost:3000\/api\/[^']*select\[forReaders\]=true)'/.exec(readDoc('docs/frontend.md'))![1]
    const answer = await (await fetch(documented.replace('http://localhost:3000', server.url))).json()
    expect(answer.docs).toEqual([{ id: staffDoc.id, forReaders }])
    const gql = await graphql(`{ Services(limit: 1) { docs { forReaders { grade minutes } } } }`)
    expect(gql.body.data.Services.docs[0].forReaders).toEqual({ grade: expect.any(Number), minutes: expect.any(Number) })

    const res = await rest('POST', '/articles', { token: tokens.editor, body: { ...article('Forged minutes', plain), forReaders: { grade: 30, minutes: 99 } } })
    expect(res.status).toBe(201)
    // 2 + 102 words: under a minute is shown as 1.
    expect(res.body.doc.forReaders).toEqual({ grade: res.body.doc.readability.grade, minutes: 1 })
    expect(res.body.doc.forReaders.grade).toBeLessThan(3)
  })
})

describe('the gate', () => {
  test('drafts are never blocked, however hard the text', async () => {
    const res = await rest('POST', '/articles', { token: tokens.editor, body: { ...article('Hard draft', `${hard} PTSD is common.`) } })
    expect(res.status).toBe(201)
  })

  test('publishing above the target is refused naming the grade and the target, with every other problem at once', async () => {
    const res = await rest('POST', '/articles', {
      token: tokens.reviewer,
      body: { ...article('Too hard', hard), summary: 'Ketamine acts on NMDA sites.', _status: 'published' },
    })
    expect(res.status).toBe(400)
    expect(errorsOf(res.body)).toEqual({
      body: expect.stringMatching(documentedRefusal()),
      summary: expect.stringMatching(/^"NMDA" is used before it is spelled out in Summary: .*override reason under Readability\.$/),
      reviewedBy: 'Name the clinical reviewer who checked this before publishing.',
      lastReviewedAt: 'Enter the date of the clinical review before publishing.',
    })
    expect((await payload.count({ collection: collectionSlugs.articles, where: { title: { equals: 'Too hard' } } })).totalDocs).toBe(0)
  })

  test('a grade is not gated below 100 words, where one long word swings it', async () => {
    const res = await rest('POST', '/articles', { token: tokens.reviewer, body: { ...article('Short', sentence), ...reviewed(), _status: 'published' } })
    expect(res.status).toBe(201)
    expect(res.body.doc.readability.grade).toBeGreaterThan(20)
  })

  test('plain text at the target publishes', async () => {
    const res = await rest('POST', '/articles', { token: tokens.reviewer, body: { ...article('Plain', plain), ...reviewed(), _status: 'published' } })
    expect(res.status).toBe(201)
    expect(res.body.doc.readability.words).toBeGreaterThanOrEqual(100)
    expect(res.body.doc.readability.grade).toBeLessThanOrEqual(8)
  })

  test('over GraphQL too, on services', async () => {
    const gql = await graphql(`mutation ($data: mutationServiceInput!) { createService(data: $data) { id } }`, {
      token: tokens.reviewer,
      variables: { data: { name: 'Hard service', slug: 'hard-service', description: richText([paragraph(hard)]), ...reviewed(), _status: 'published' } },
    })
    expect(JSON.stringify(gql.body.errors)).toMatch(/The text reads at grade \d+\.\d \(Flesch–Kincaid\), above the clinic's target of grade 8\./)
    expect((await payload.count({ collection: collectionSlugs.services, where: { slug: { equals: 'hard-service' } } })).totalDocs).toBe(0)
  })

  test('an override reason from a clinical reviewer publishes it; the reason and who gave it stay with the version; a harder text needs it revisited', async () => {
    const override = documentedOverride()
    const reason = override.readability.overrideReason
    const created = await rest('POST', '/articles', {
      token: tokens.reviewer,
      body: { ...article('Overridden', `${hard} Ketamine acts on NMDA sites.`), ...reviewed(), ...override },
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.readability).toMatchObject({ overrideReason: reason, overriddenBy: expect.objectContaining({ id: tokens.reviewerId }), overriddenTerms: ['NMDA'] })
    const { docs } = await payload.findVersions({ collection: collectionSlugs.articles, where: { parent: { equals: created.body.doc.id } }, depth: 0 })
    expect(docs[0].version.readability).toMatchObject({ overrideReason: reason, overriddenBy: tokens.reviewerId })

    // A shorter sentence lowers the grade (still covered); the new acronym is not.
    const harder = await rest('PATCH', `/articles/${created.body.doc.id}`, { token: tokens.reviewer, body: { body: richText([paragraph(`${hard} Ketamine acts on NMDA sites. PTSD is common.`)]) } })
    expect(harder.status).toBe(400)
    expect(Object.values(errorsOf(harder.body))).toEqual([expect.stringMatching(/^"PTSD" is used before it is spelled out/)])
  })

  test('an editor cannot give the override: provider discounts, which editors publish, stay blocked until an admin does', async () => {
    const body = { title: 'Colleagues', slug: 'colleagues', eligibility: 'Fellow providers.', terms: richText([paragraph(hard)]), _status: 'published' }
    const byEditor = await rest('POST', '/provider-discounts', { token: tokens.editor, body: { ...body, readability: { overrideReason: 'I say so.' } } })
    expect(byEditor.status).toBe(400)
    expect(errorsOf(byEditor.body).terms).toMatch(/^The text reads at grade \d+\.\d \(Flesch–Kincaid\), above the clinic's target of grade 8\./)
    const byAdmin = await rest('POST', '/provider-discounts', { token: tokens.admin, body: { ...body, readability: { overrideReason: 'Terms agreed with the professional bodies.' } } })
    expect(byAdmin.status).toBe(201)
  })

  test('the clinic’s contact text is gated like the rest', async () => {
    const res = await rest('POST', '/globals/clinic-info', { token: tokens.reviewer, body: { name: 'ALT.', contact: { text: hard }, _status: 'published' } })
    expect(res.status).toBe(400)
    expect(errorsOf(res.body)['contact.text']).toMatch(/^The text reads at grade \d+\.\d \(Flesch–Kincaid\), above the clinic's target of grade 8\./)
  })
})

describe('the glossary and the target', () => {
  test('staff read it, the public does not; an editor edits terms but not the target', async () => {
    expect((await rest('GET', '/globals/glossary')).status).toBe(403)
    expect((await graphql('{ Glossary { targetGrade } }')).body.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect((await rest('GET', '/globals/glossary', { token: tokens.manager })).body.targetGrade).toBe(8)
    expect((await rest('POST', '/globals/glossary', { token: tokens.manager, body: { knownAcronyms: ['NMDA'] } })).status).toBe(403)
    const saved = await rest('POST', '/globals/glossary', { token: tokens.editor, body: { targetGrade: 20, terms: [{ term: 'integration' }] } })
    expect(saved.status).toBe(200)
    expect(saved.body.result).toMatchObject({ targetGrade: 8, terms: [expect.objectContaining({ term: 'integration' })] })
  })

  test('a clinical reviewer raises the target, and the check follows it and the edited glossary', async () => {
    expect((await rest('POST', '/globals/glossary', { token: tokens.reviewer, body: { targetGrade: 16 } })).status).toBe(200)
    const res = await rest('POST', '/articles', { token: tokens.editor, body: article('After the change', 'Integration helps.') })
    expect(res.body.doc.readability).toMatchObject({ targetGrade: 16, problems: [expect.objectContaining({ term: 'integration' })] })
  })
})
