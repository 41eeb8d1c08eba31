import { sitemapXml } from '../../../sitemapXml'
import { apiUrl } from '../../lib/settings'

// Built on each request from GET /api/sitemap, which the content API answers from its cache.
export const dynamic = 'force-dynamic'

export async function GET() {
  return new Response(await sitemapXml(apiUrl()), { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
