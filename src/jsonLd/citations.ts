import type { CreativeWork } from 'schema-dts'

import type { Article } from '../payload-types'

/** Citations as schema.org CreativeWorks: the URL, or the DOI as a https://doi.org/ link. */
export const citationWorks = (citations: Article['citations']): CreativeWork[] =>
  (citations ?? []).map((citation) => ({
    '@type': 'CreativeWork',
    name: citation.title,
    url: citation.url ?? (citation.doi ? `https://doi.org/${citation.doi}` : undefined),
    ...(citation.doi ? { identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: citation.doi } } : {}),
  }))
