/** A document's `jsonLd` from the API, as is, in the page for search engines. */
export function JsonLd({ data }: { data: unknown }) {
  if (!data || typeof data !== 'object') return null
  // `<` escaped so that text in the data can never close the script element.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }} />
}
