/**
 * Where the content API and this site live. In development (`npm run website`) they default to
 * the two local servers; a production build and server must be told (`next build` needs the API
 * running: it renders every page from it).
 */
const setting = (name: string, developmentDefault: string) => {
  const value = process.env[name] || (process.env.NODE_ENV === 'production' ? undefined : developmentDefault)
  if (!value) throw new Error(`${name} is required in production (see docs/frontend.md#the-website)`)
  return new URL(value).origin
}

/** The content server's origin, e.g. https://content.alt.clinic. */
export const apiUrl = () => setting('CONTENT_API_URL', 'http://localhost:3000')

/** This site's public origin, for canonical URLs, e.g. https://www.alt.clinic. */
export const siteUrl = () => setting('SITE_URL', 'http://localhost:3001')

/** The webhook's signing secret (`whsec_…`); the local development webhook uses a fixed one. */
export const webhookSecret = () => {
  const secret = process.env.ALT_WEBHOOK_SECRET || (process.env.NODE_ENV === 'production' ? undefined : localWebhookSecret)
  if (!secret) throw new Error('ALT_WEBHOOK_SECRET is required in production (see docs/frontend.md#the-website)')
  return secret
}

/**
 * The secret of the webhook that `npm start` adds, outside production, for this site on
 * http://localhost:3001 (`localWebsite` in the CMS's src/env.ts). Never used in production.
 */
export const localWebhookSecret = 'whsec_local-development-website-only'
