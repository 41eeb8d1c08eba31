import type { Payload } from 'payload'

import { seedSlugs } from '../../seed/content'
import { paragraph, richText } from '../../seed/lexical'
import { seedClinicContent } from '../../seed/seed'
import { seoLimits } from '../../src/fields/seo'
import { collectionSlugs, globalSlugs } from '../../src/slugs'
import { graphql, rest, startPayload } from '../helpers/api'
import { staffTokens } from '../helpers/users'

// The builders are typed with schema-dts (the schema.org vocabulary as TypeScript types), so
// `tsc` rejects a property a type does not have. These tests check what each page needs, with
// the right types: a Date is YYYY-MM-DD, a URL is absolute, nested things carry their @type.
let payload: Payload
let tokens: Awaited<ReturnType<typeof staffTokens>>

const isoDate = /^\d{4}-\d{2}-\d{2}$/

beforeAll(async () => {
  payload = await startPayload()
  await seedClinicContent(payload)
  tokens = await staffTokens(payload)
  await payload.update({ collection: collectionSlugs.users, id: tokens.reviewerId, data: { name: 'Dr. Rowan Reyes, MD' } })
})
afterAll(async () => {
  await payload.destroy()
})

describe('articles: MedicalWebPage', () => {
  test('the seeded article, awaiting review: about its therapies, published by the clinic, no review claimed', async () => {
    const res = await rest('GET', `/articles?where[slug][equals]=${seedSlugs.article}`)
    const jsonLd = res.body.docs[0].jsonLd
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      name: 'Understanding Ketamine',
      headline: 'Understanding Ketamine',
      url: `https://www.alt.test/articles/${seedSlugs.article}`,
      datePublished: expect.stringMatching(isoDate),
      dateModified: expect.stringMatching(isoDate),
      publisher: { '@type': 'MedicalClinic', name: 'ALT.' },
      keywords: 'ketamine, KAP, integration',
      inLanguage: 'en',
    })
    expect(jsonLd.about.map((therapy: { '@type': string; name: string }) => `${therapy['@type']}: ${therapy.name}`).sort()).toEqual([
      'MedicalTherapy: Integration therapy',
      'MedicalTherapy: Ketamine-assisted psychotherapy',
    ])
    expect(jsonLd.about[0].url).toMatch(/^https:\/\/www\.alt\.test\/services\//)
    expect(jsonLd).not.toHaveProperty('lastReviewed')
    expect(jsonLd).not.toHaveProperty('reviewedBy')
  })

  test('a reviewed article says who reviewed it and when, and cites its sources', async () => {
    const draftService = await rest('POST', '/services', { token: tokens.editor, body: { name: 'Unpublished therapy' } })
    const res = await rest('POST', '/articles', {
      token: tokens.reviewer,
      body: {
        title: 'Reviewed piece',
        body: richText([paragraph('Reviewed text.')]),
        reviewedBy: tokens.reviewerId,
        lastReviewedAt: '2026-11-20T10:00:00.000Z',
        relatedServices: [draftService.body.doc.id],
        citations: [{ title: 'A trial', doi: '10.1176/appi.ajp.2018.17060720', accessedAt: '2026-11-01T00:00:00.000Z' }],
        _status: 'published',
      },
    })
    expect(res.status).toBe(201)
    const { jsonLd } = (await rest('GET', `/articles/${res.body.doc.id}`)).body
    expect(jsonLd).toMatchObject({
      lastReviewed: '2026-11-20',
      reviewedBy: { '@type': 'Person', name: 'Dr. Rowan Reyes, MD' },
      citation: [{ '@type': 'CreativeWork', name: 'A trial', url: 'https://doi.org/10.1176/appi.ajp.2018.17060720', identifier: { '@type': 'PropertyValue', propertyID: 'DOI' } }],
    })
    // The related service is still a draft: the public's structured data does not name it.
    expect(jsonLd).not.toHaveProperty('about')
    expect(JSON.stringify(jsonLd)).not.toMatch(/Unpublished therapy|@alt\.test"|roles/)
  })

  test('with a REST select of jsonLd alone', async () => {
    const res = await rest('GET', `/articles?where[slug][equals]=${seedSlugs.article}&select[jsonLd]=true`)
    expect(Object.keys(res.body.docs[0]).sort()).toEqual(['id', 'jsonLd'])
    expect(res.body.docs[0].jsonLd).toMatchObject({ '@type': 'MedicalWebPage', name: 'Understanding Ketamine', about: expect.any(Array) })
  })

  test('over GraphQL', async () => {
    const res = await graphql(`{ Articles(where: { slug: { equals: "${seedSlugs.article}" } }) { docs { jsonLd } } }`)
    expect(res.body.data.Articles.docs[0].jsonLd['@type']).toBe('MedicalWebPage')
  })
})

test('services: MedicalTherapy, with review facts on the page that describes it', async () => {
  const res = await rest('POST', '/services', {
    token: tokens.reviewer,
    body: { name: 'Reviewed therapy', summary: 'A reviewed therapy.', reviewedBy: tokens.reviewerId, lastReviewedAt: '2026-11-21T10:00:00.000Z', _status: 'published' },
  })
  const { jsonLd } = (await rest('GET', `/services/${res.body.doc.id}`)).body
  expect(jsonLd).toEqual({
    '@context': 'https://schema.org',
    '@type': 'MedicalTherapy',
    name: 'Reviewed therapy',
    description: 'A reviewed therapy.',
    url: 'https://www.alt.test/services/reviewed-therapy',
    relevantSpecialty: { '@type': 'MedicalSpecialty', name: 'Psychiatric' },
    mainEntityOfPage: {
      '@type': 'MedicalWebPage',
      url: 'https://www.alt.test/services/reviewed-therapy',
      lastReviewed: '2026-11-21',
      reviewedBy: { '@type': 'Person', name: 'Dr. Rowan Reyes, MD' },
      dateModified: expect.stringMatching(isoDate),
      publisher: { '@type': 'MedicalClinic', name: 'ALT.', url: 'https://www.alt.test' },
    },
  })
})

test('quotes: Quotation attributed to a Person', async () => {
  const res = await rest('GET', `/quotes?where[slug][equals]=${seedSlugs.quote}`)
  expect(res.body.docs[0].jsonLd).toEqual({
    '@context': 'https://schema.org',
    '@type': 'Quotation',
    text: 'The essence of well-being is the integration of different aspects of our lives into a cohesive whole.',
    spokenByCharacter: { '@type': 'Person', name: 'Daniel J. Siegel' },
  })
})

test('clinic-info: MedicalClinic with only the details staff entered', async () => {
  const res = await rest('GET', `/globals/${globalSlugs.clinicInfo}`)
  expect(res.body.jsonLd).toEqual({
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    name: 'ALT.',
    url: 'https://www.alt.test/',
    medicalSpecialty: 'Psychiatric',
  })
})

describe('SEO fields', () => {
  test('meta title and description are generated from the title and summary when left empty', async () => {
    const summary = `${'Ketamine-assisted psychotherapy combines a medicine with therapy sessions. '.repeat(4)}`
    const res = await rest('POST', '/articles', { token: tokens.editor, body: { title: 'About KAP', summary, body: richText([paragraph('Text.')]) } })
    expect(res.body.doc.meta.title).toBe('About KAP')
    expect(res.body.doc.meta.description.length).toBeLessThanOrEqual(seoLimits.description)
    expect(res.body.doc.meta.description).toMatch(/^Ketamine-assisted psychotherapy combines .*…$/)
  })

  test('what staff write is kept, and used by the structured data', async () => {
    const res = await rest('POST', '/services', {
      token: tokens.editor,
      body: { name: 'Integration', summary: 'Long summary.', meta: { title: 'Integration therapy in Portland', description: 'Make sense of each session.' } },
    })
    expect(res.body.doc.meta).toMatchObject({ title: 'Integration therapy in Portland', description: 'Make sense of each session.' })
    expect(res.body.doc.jsonLd.description).toBe('Make sense of each session.')
  })

  test("the admin's Auto-generate buttons (the SEO plugin's endpoints) give the same text, to staff only", async () => {
    const summary = `${'Integration sessions help make sense of what came up. '.repeat(4)}`
    const body = { collectionSlug: collectionSlugs.services, doc: { name: 'Integration therapy', summary } }
    const title = await rest('POST', '/plugin-seo/generate-title', { token: tokens.editor, body })
    expect(title).toMatchObject({ status: 200, body: { result: 'Integration therapy' } })
    const description = await rest('POST', '/plugin-seo/generate-description', { token: tokens.editor, body })
    expect(description.status).toBe(200)
    expect(description.body.result).toMatch(/^Integration sessions help .*…$/)
    expect(description.body.result.length).toBeLessThanOrEqual(seoLimits.description)
    expect((await rest('POST', '/plugin-seo/generate-title', { body })).status).toBe(401)
  })

  test('too long is a 400 on the field', async () => {
    const res = await rest('POST', '/articles', { token: tokens.editor, body: { title: 'T', body: richText([paragraph('x')]), meta: { title: 'x'.repeat(71) } } })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0].path).toBe('meta.title')
  })
})
