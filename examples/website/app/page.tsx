import type { Metadata } from 'next'

import Link from 'next/link'

import { JsonLd } from '../components/JsonLd'
import { LivePreview } from '../components/LivePreview'
import { ClinicView, QuoteView } from '../components/views'
import { getClinicInfo, getDraft, getLatestArticles, getQuote, getServices } from '../lib/content'
import { pageMetadata } from '../lib/metadata'
import { apiUrl } from '../lib/settings'

export const generateMetadata = async (): Promise<Metadata> => {
  const clinic = await getClinicInfo()
  return { ...pageMetadata({ title: clinic.name, description: clinic.contact?.text, path: '/' }), title: { absolute: clinic.name } }
}

export default async function HomePage() {
  const [draft, clinic, services, articles, quote] = await Promise.all([getDraft({ global: 'clinic-info' }), getClinicInfo(), getServices(), getLatestArticles(3), getQuote()])
  return (
    <>
      <JsonLd data={(draft ?? clinic).jsonLd} />
      {quote && <JsonLd data={quote.jsonLd} />}
      {draft ? <LivePreview kind="clinic" initial={draft} api={apiUrl()} /> : <ClinicView clinic={clinic} />}
      {services.length > 0 && (
        <section aria-labelledby="treatments">
          <h2 id="treatments">Treatments</h2>
          <ul className="cards">
            {services.map((service) => (
              <li key={service.id}>
                <h3>
                  <Link href={`/services/${service.slug}`}>{service.name}</Link>
                </h3>
                {service.summary && <p>{service.summary}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {articles.length > 0 && (
        <section aria-labelledby="articles">
          <h2 id="articles">Latest articles</h2>
          <ul className="cards">
            {articles.map((article) => (
              <li key={article.id}>
                <h3>
                  <Link href={`/articles/${article.slug}`}>{article.title}</Link>
                </h3>
                {article.summary && <p>{article.summary}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {quote && <QuoteView quote={quote} />}
    </>
  )
}
