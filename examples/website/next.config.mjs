import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** @type {import('next').NextConfig} */
export default {
  poweredByHeader: false,
  // The site shares the repository's node_modules (the root `npm install`) and imports two of its
  // typed examples (examples/verifyWebhook.ts, examples/sitemapXml.ts).
  turbopack: { root },
  outputFileTracingRoot: root,
  // Tests and the benchmark build their own copy beside a developer's `.next`.
  distDir: process.env.WEBSITE_DIST_DIR || '.next',
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          // Only the site itself and the admin's Live Preview (the content server) may frame a page.
          { key: 'Content-Security-Policy', value: `frame-ancestors 'self' ${new URL(process.env.CONTENT_API_URL || 'http://localhost:3000').origin}` },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
    ]
  },
}
