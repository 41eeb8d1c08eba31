import type { PayloadRequest } from 'payload'
import type { MedicalTherapy, MedicalWebPage, WithContext } from 'schema-dts'

import type { Article, Service } from '../payload-types'

import { collectionSlugs } from '../slugs'
import { citationWorks } from './citations'
import { clinicPublisher, compact, isoDate, pageUrl, reviewerPerson } from './site'

/**
 * The related services the caller may read, each looked up once per request (a list of
 * articles mostly links the same few services).
 */
const visibleServices = async (req: PayloadRequest, ids: (number | string)[]): Promise<Service[]> => {
  const cache = ((req.context as { jsonLdServices?: Map<string, Promise<Service | undefined>> }).jsonLdServices ??= new Map())
  const missing = ids.filter((id) => !cache.has(String(id)))
  if (missing.length) {
    const found = req.payload
      .find({ collection: collectionSlugs.services, where: { id: { in: missing } }, depth: 0, limit: missing.length, pagination: false, overrideAccess: false, req })
      .then(({ docs }) => new Map(docs.map((doc) => [String(doc.id), doc])))
    for (const id of missing) cache.set(String(id), found.then((docs) => docs.get(String(id))))
  }
  return (await Promise.all(ids.map((id) => cache.get(String(id))))).filter((service): service is Service => Boolean(service))
}

/**
 * An article as a schema.org MedicalWebPage: who reviewed it and when (`reviewedBy`,
 * `lastReviewed`), the therapies it is about, its sources and publisher. Related services are
 * read with the caller's own access, so an unpublished service never appears for the public.
 */
export const articleJsonLd = async (article: Article, req: PayloadRequest): Promise<WithContext<MedicalWebPage>> => {
  const serviceIds = (article.relatedServices ?? []).map((service) => (typeof service === 'object' ? service.id : service))
  const services = await visibleServices(req, serviceIds)
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
