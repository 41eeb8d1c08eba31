import type { RequiredDataFromCollectionSlug } from 'payload'

import type { SourceDocument } from './parse'

import { heading, paragraph, richText } from './lexical'
import { sentences } from './parse'

/** Where each seeded document lives; the seed upserts by these slugs. */
export const seedSlugs = {
  article: 'understanding-ketamine',
  quote: 'essence-of-well-being',
  kap: 'ketamine-assisted-psychotherapy',
  integration: 'integration-therapy',
  providerDiscount: 'provider-discounts',
} as const

const section = (doc: SourceDocument, headingText: string) => {
  const found = doc.sections.find((candidate) => candidate.heading === headingText)
  if (!found) throw new Error(`The source document has no section "${headingText}".`)
  return found
}

const firstSentence = (text: string) => sentences(text)[0]

/**
 * Maps the parsed source to documents. Every sentence comes from the source; what the source
 * does not say (prices, phone numbers, discount amounts) is left out for staff to fill in.
 * Relationship ids are filled in by the seed once the related documents exist.
 */
export const contentFromSource = (doc: SourceDocument) => {
  const kap = section(doc, 'How Ketamine Assisted Psychotherapy Works')
  const integration = section(doc, 'The Importance of Integration')
  // Contact paragraph: an invitation, who the clinic welcomes, and the provider-discount offer.
  const [, providers, discounts] = sentences(doc.contact.paragraphs[0])
  if (!discounts) throw new Error('The contact paragraph no longer has its three sentences.')

  const quote: RequiredDataFromCollectionSlug<'quotes'> = {
    slug: seedSlugs.quote,
    text: doc.quote.text,
    attribution: doc.quote.attribution,
  }

  const services: RequiredDataFromCollectionSlug<'services'>[] = [
    {
      slug: seedSlugs.kap,
      name: 'Ketamine-assisted psychotherapy',
      summary: firstSentence(kap.paragraphs[0]),
      description: richText(kap.paragraphs.map(paragraph)),
      // "A typical course ... often involves six sessions, spaced over a few weeks."
      course: { typicalSessions: 6, cadence: 'Spaced over a few weeks' },
      // "... a sustained impact on depression, PTSD, and other mental health conditions."
      conditions: ['Depression', 'PTSD'],
    },
    {
      slug: seedSlugs.integration,
      name: 'Integration therapy',
      summary: firstSentence(integration.paragraphs[0]),
      description: richText(integration.paragraphs.map(paragraph)),
      // "After each ketamine session, patients engage in integration therapy ..."
      course: { cadence: 'After each ketamine session' },
    },
  ]

  const article: RequiredDataFromCollectionSlug<'articles'> = {
    slug: seedSlugs.article,
    title: doc.title,
    summary: firstSentence(doc.sections[0].paragraphs[0]),
    body: richText(doc.sections.flatMap((part) => [heading(part.heading), ...part.paragraphs.map(paragraph)])),
    topics: ['ketamine', 'KAP', 'integration'],
  }

  const providerDiscount: RequiredDataFromCollectionSlug<'provider-discounts'> = {
    slug: seedSlugs.providerDiscount,
    title: 'Provider discounts',
    eligibility: providers,
    terms: richText([paragraph(discounts)]),
  }

  const clinicInfo = {
    // The source names the clinic "ALT." in its contact paragraph.
    name: 'ALT.',
    contact: { heading: doc.contact.heading, text: doc.contact.paragraphs.join('\n\n') },
  }

  return { quote, services, article, providerDiscount, clinicInfo }
}
