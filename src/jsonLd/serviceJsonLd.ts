import type { PayloadRequest } from 'payload'
import type { MedicalTherapy, MedicalWebPage, WithContext } from 'schema-dts'

import type { Service } from '../payload-types'

import { collectionSlugs } from '../slugs'
import { citationWorks } from './citations'
import { clinicPublisher, compact, isoDate, pageUrl, reviewerPerson } from './site'

/**
 * A service as a schema.org MedicalTherapy. Its review facts, sources and publisher belong to
 * the page that describes it, so they sit on `mainEntityOfPage`: a MedicalWebPage with
 * `lastReviewed`, `reviewedBy`, `citation` and `publisher`.
 */
export const serviceJsonLd = async (service: Service, req: PayloadRequest): Promise<WithContext<MedicalTherapy>> => {
  const url = pageUrl(req, collectionSlugs.services, service.slug)
  return compact({
    '@context': 'https://schema.org',
    '@type': 'MedicalTherapy',
    name: service.name,
    description: service.meta?.description || service.summary || undefined,
    url,
    relevantSpecialty: { '@type': 'MedicalSpecialty', name: 'Psychiatric' },
    mainEntityOfPage: compact<MedicalWebPage>({
      '@type': 'MedicalWebPage',
      url,
      lastReviewed: isoDate(service.lastReviewedAt),
      reviewedBy: await reviewerPerson(req, service.reviewedBy),
      dateModified: isoDate(service.updatedAt),
      citation: citationWorks(service.citations),
      publisher: await clinicPublisher(req),
    }),
  } satisfies WithContext<MedicalTherapy>)
}
