import { readFileSync } from 'node:fs'

import { heading, paragraph, richText } from '../../seed/lexical'
import { contentFromSource } from '../../seed/content'
import { parseSource } from '../../seed/parse'
import { sourcePath } from '../../seed/seed'
import { findRiskyClaims } from '../../src/claims/findRiskyClaims'
import { defaultClaimRules } from '../../src/claims/rules'

const check = (...texts: string[]) =>
  findRiskyClaims([{ field: 'body', label: 'Body', value: richText(texts.map((text) => paragraph(text))) }], defaultClaimRules)

describe('each default rule', () => {
  test.each([
    ['Ketamine can cure depression.', 'cure'],
    ['Many patients were cured.', 'cure'],
    ['Results are guaranteed.', 'guaranteed'],
    ['We guarantee relief.', 'guaranteed'],
    ['Our FDA-approved ketamine therapy.', 'FDA-approved'],
    ['Ketamine treatment has FDA approval for PTSD.', 'FDA-approved'],
    ['A gentle therapy with no side effects.', 'no side effects'],
    ['Recover without any side-effects.', 'no side effects'],
    ['100% of patients improve.', '100%'],
    ['It works 100 percent of the time.', '100%'],
  ])('flags %j as "%s"', (text, phrase) => {
    expect(check(text).map((claim) => claim.phrase)).toEqual([phrase])
  })

  test.each([
    'A secure, curated setting for your sessions.',
    'Esketamine nasal spray is FDA-approved for treatment-resistant depression.', // not about ketamine
    'Like any medication, ketamine has side effects, which we discuss with you.',
    'Sessions last 100 minutes.',
    'Patients often feel better within hours.',
  ])('leaves %j alone', (text) => {
    expect(check(text)).toEqual([])
  })
})

test('says where: the field label, block kind and number, and the words around it', () => {
  const body = richText([heading('How it works'), paragraph('First paragraph.'), paragraph('It will cure your low mood, as research shows.')])
  expect(findRiskyClaims([{ field: 'body', label: 'Body', value: body }], defaultClaimRules)).toEqual([
    {
      phrase: 'cure',
      field: 'body',
      where: 'Body, paragraph 2',
      excerpt: 'It will cure your low mood, as research shows.',
      why: expect.any(String),
    },
  ])
})

test('checks plain text fields and long paragraphs get a short excerpt', () => {
  const long = `${'Background. '.repeat(10)}Guaranteed calm. ${'More text. '.repeat(10)}`
  const [claim] = findRiskyClaims([{ field: 'summary', label: 'Summary', value: long }], defaultClaimRules)
  expect(claim).toMatchObject({ field: 'summary', where: 'Summary', phrase: 'guaranteed' })
  expect(claim.excerpt).toMatch(/^….*Guaranteed calm\..*…$/)
  expect(claim.excerpt.length).toBeLessThan(100)
})

test('custom rules: a plain phrase matches as whole words, any case; g flags carry no state', () => {
  const rules = [{ phrase: 'miracle' }, { phrase: 'instant', pattern: /\binstant(ly)?\b/gi }]
  const sources = [
    { field: 'title', label: 'Title', value: 'A MIRACLE? Instantly better' },
    { field: 'summary', label: 'Summary', value: 'Instant relief' },
  ]
  expect(findRiskyClaims(sources, rules).map((claim) => `${claim.field}:${claim.phrase}`)).toEqual(['title:miracle', 'title:instant', 'summary:instant'])
  expect(findRiskyClaims([{ field: 'title', label: 'Title', value: 'miracles' }], rules)).toEqual([])
})

test('empty and missing text is fine', () => {
  expect(findRiskyClaims([{ field: 'body', label: 'Body', value: null }, { field: 'summary', label: 'Summary', value: undefined }], defaultClaimRules)).toEqual([])
})

test('the clinic’s own seeded text passes the default checks', () => {
  const content = contentFromSource(parseSource(readFileSync(sourcePath, 'utf8')))
  const sources = [content.article, ...content.services].flatMap((doc) =>
    Object.entries(doc).map(([field, value]) => ({ field, label: field, value })),
  )
  expect(findRiskyClaims(sources, defaultClaimRules)).toEqual([])
})
