/**
 * What each kind of content looks like on the site. Plain components, rendered on the server for
 * visitors and in the browser for Live Preview (components/LivePreview.tsx), from the same data.
 */
import Link from 'next/link'

import type { Article, ClinicInfo, ProviderDiscount, Quote, Service } from '../../payload-types'
import { Disclaimer } from './Disclaimer'
import { MediaImage } from './MediaImage'
import { RichText } from './RichText'

const longDate = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' })
const formatDate = (iso: string) => longDate.format(new Date(iso))

/** Related documents arrive as ids when they were not filled in (a preview's draft): skip those. */
const filled = <T extends object>(values: (T | number | null | undefined)[] | null | undefined) =>
  (values ?? []).filter((value): value is T => typeof value === 'object' && value !== null)

export function QuoteView({ quote }: { quote: Quote }) {
  return (
    <figure className="quote">
      <blockquote>
        <p>{quote.text}</p>
      </blockquote>
      <figcaption>— {quote.attribution}</figcaption>
    </figure>
  )
}

export function ArticleView({ article, api }: { article: Article; api: string }) {
  const [quote] = filled([article.quote])
  const services = filled(article.relatedServices)
  return (
    <article className="prose">
      <h1>{article.title}</h1>
      {article.publishedAt && (
        <p className="byline">
          Published <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
          {article.lastReviewedAt && (
            <>
              {' · '}Clinically reviewed <time dateTime={article.lastReviewedAt}>{formatDate(article.lastReviewedAt)}</time>
            </>
          )}
          {article.forReaders?.minutes ? ` · ${article.forReaders.minutes} min read` : null}
        </p>
      )}
      <MediaImage media={article.meta?.image} api={api} priority />
      <RichText data={article.body} api={api} />
      {quote && <QuoteView quote={quote} />}
      <LinkList heading="Related treatments" links={services.map(({ name, slug }) => ({ text: name, href: `/services/${slug}` }))} />
      <Citations citations={article.citations} />
      <Disclaimer text={article.medicalDisclaimer} />
    </article>
  )
}

/** A headed list of links to other pages (nothing when there are none). */
function LinkList({ heading, links }: { heading: string; links: { text: string; href: string }[] }) {
  if (links.length === 0) return null
  return (
    <section>
      <h2>{heading}</h2>
      <ul>
        {links.map(({ text, href }) => (
          <li key={href}>
            <Link href={href}>{text}</Link>
          </li>
        ))}
      </ul>
    </section>
  )
}

function Citations({ citations }: { citations: Article['citations'] }) {
  if (!citations?.length) return null
  return (
    <section>
      <h2>Sources</h2>
      <ol className="citations">
        {citations.map((citation) => {
          const href = citation.url ?? (citation.doi ? `https://doi.org/${citation.doi}` : undefined)
          return <li key={citation.id ?? citation.title}>{href ? <a href={href}>{citation.title}</a> : citation.title}</li>
        })}
      </ol>
    </section>
  )
}

export function ServiceView({ service, api }: { service: Service; api: string }) {
  const articles = filled(service.relatedArticles?.docs)
  const { typicalSessions, cadence } = service.course ?? {}
  return (
    <article className="prose">
      <h1>{service.name}</h1>
      {service.summary && <p className="lead">{service.summary}</p>}
      <RichText data={service.description} api={api} />
      {(typicalSessions || cadence) && (
        <section>
          <h2>How a course works</h2>
          <p>{[typicalSessions && `Typically ${typicalSessions} sessions`, cadence].filter(Boolean).join(', ')}.</p>
        </section>
      )}
      {service.conditions?.length ? (
        <section>
          <h2>What it can help with</h2>
          <ul>
            {service.conditions.map((condition) => (
              <li key={condition}>{condition}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <LinkList heading="Read more" links={articles.map(({ title, slug }) => ({ text: title, href: `/articles/${slug}` }))} />
      <Disclaimer text={service.medicalDisclaimer} />
    </article>
  )
}

/** An offer's terms; `heading` is h1 on its own page, h2 in the list. */
export function DiscountView({ discount, api, heading: Heading = 'h1' }: { discount: ProviderDiscount; api: string; heading?: 'h1' | 'h2' }) {
  const { kind, value } = discount.amount ?? {}
  return (
    <section className="discount">
      <Heading>{Heading === 'h2' ? <Link href={`/provider-discounts/${discount.slug}`}>{discount.title}</Link> : discount.title}</Heading>
      <p>
        <strong>Who it is for:</strong> {discount.eligibility}
      </p>
      {kind && value ? <p className="amount">{kind === 'percentage' ? `${value}% off` : `${value} off`}</p> : null}
      <RichText data={discount.terms} api={api} />
      {discount.verification && <p>How we check eligibility: {discount.verification}</p>}
      {discount.activeUntil && (
        <p>
          Offered until <time dateTime={discount.activeUntil}>{formatDate(discount.activeUntil)}</time>.
        </p>
      )}
    </section>
  )
}

/** The clinic's name and how to reach it (the `clinic-info` global). */
export function ClinicView({ clinic }: { clinic: ClinicInfo }) {
  const { heading, text, email, phone, address } = clinic.contact ?? {}
  return (
    <section className="clinic" aria-labelledby="clinic-name">
      <h1 id="clinic-name">{clinic.name}</h1>
      <div className="contact-block">
        {heading && <h2>{heading}</h2>}
        {text && <p>{text}</p>}
        {(email || phone || address) && (
          <address>
            {email && (
              <>
                <a href={`mailto:${email}`}>{email}</a>
                <br />
              </>
            )}
            {phone && (
              <>
                <a href={`tel:${phone.replace(/[^+\d]/g, '')}`}>{phone}</a>
                <br />
              </>
            )}
            {address?.split('\n').map((line) => (
              <span key={line}>
                {line}
                <br />
              </span>
            ))}
          </address>
        )}
        <p>
          <Link className="button" href="/contact">
            Write to us
          </Link>
        </p>
      </div>
    </section>
  )
}
