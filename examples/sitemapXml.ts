const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[char]!)

/** sitemap.xml for the public site, from the content API's page list. */
export async function sitemapXml(apiUrl: string): Promise<string> {
  const response = await fetch(new URL('/api/sitemap', apiUrl))
  if (!response.ok) throw new Error(`The content API answered ${response.status}`)
  const { pages } = (await response.json()) as { pages: { url?: string; lastmod: string }[] }
  const urls = pages
    .filter((page) => page.url)
    .map((page) => `  <url><loc>${escapeXml(page.url!)}</loc><lastmod>${page.lastmod}</lastmod></url>`)
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}
