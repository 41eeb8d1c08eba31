import type { Quotation, WithContext } from 'schema-dts'

import type { Quote } from '../payload-types'

import { compact } from './site'

/** A quote as a schema.org Quotation, attributed to the person it comes from. */
export const quoteJsonLd = (quote: Quote): WithContext<Quotation> =>
  compact({
    '@context': 'https://schema.org',
    '@type': 'Quotation',
    text: quote.text,
    spokenByCharacter: { '@type': 'Person', name: quote.attribution },
    isBasedOn: quote.source ? { '@type': 'CreativeWork', name: quote.source } : undefined,
  } satisfies WithContext<Quotation>)
