import type { PayloadRequest } from 'payload'
import type { MedicalTherapy, MedicalWebPage, WithContext } from 'schema-dts'

import type { Article } from '../payload-types'

import { collectionSlugs } from '../slugs'
import { citationWorks } from './citations'
import { clinicPublisher, compact, isoDate, pageUrl, reviewerPerson } from './site'

/**
 * An article as a schema.org MedicalWebPage: who reviewed it and when (`reviewedBy`,
 * `lastReviewed`), the therapies it is about, its sources and publisher. Related services are
 * read with the caller's own access, so an unpublished service never appears for the public.
 */
export const articleJsonLd = async (article: Article, req: PayloadRequest): Promise<WithContext<MedicalWebPage>> => {
  const serviceIds = (article.relatedServices ?? []).map((service) => (typeof service === 'object' ? service.id : service))
  const services = serviceIds.length
    ? (await req.payload.find({ collection: collectionSlugs.services, where: { id: { in: serviceIds } }, depth: 0, limit: serviceIds.length, overrideAccess: false, req })).docs
    : []
  const about: MedicalTherapy[] = services.map((service) =>
    compact({ '@type': 'MedicalTherapy', name: service.name, url: pageUrl(req, collectionSlugs.services, service.slug) }),
  )
  return compact({
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: article.meta?.title || article.title,
    headline: article.title,
    description: article.meta?.description || article.summary || undefined,
    url: pageUrl(req, collectionSlugs.articles, article.slug),
    datePublished: isoDate(article.publishedAt),
    dateModified: isoDate(article.updatedAt),
    lastReviewed: isoDate(article.lastReviewedAt),
    reviewedBy: await reviewerPerson(req, article.reviewedBy),
    about,
    keywords: article.topics?.length ? article.topics.join(', ') : undefined,
    citation: citationWorks(article.citations),
    publisher: await clinicPublisher(req),
    inLanguage: 'en',
  } satisfies WithContext<MedicalWebPage>)
}
