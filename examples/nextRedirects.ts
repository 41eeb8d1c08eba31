type Redirect = { from: string; to: string; status: number }

/**
 * Next.js `redirects()` (in next.config) from the content API's redirect table, so every old
 * address keeps working. Next reads `source` as a pattern: characters that mean something there
 * (`:name`, `(…)`, `*`) are escaped, so each address matches only itself.
 */
export async function nextRedirects(apiUrl: string) {
  const response = await fetch(new URL('/api/sitemap', apiUrl))
  if (!response.ok) throw new Error(`The content API answered ${response.status}`)
  const { redirects } = (await response.json()) as { redirects: Redirect[] }
  return redirects.map(({ from, to, status }) => ({ source: from.replace(/[:()*+?{}\\]/g, '\\$&'), destination: to, statusCode: status }))
}
