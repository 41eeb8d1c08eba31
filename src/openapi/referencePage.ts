import type { Endpoint } from 'payload'

import { readFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * The API reference at `/api/docs`: Swagger UI from the `swagger-ui-dist` package, served from
 * here (no CDN), reading `/api/openapi.json`. Everything the page loads comes from this origin,
 * so it runs under a CSP of `'self'` alone, which the page sets for itself.
 */
const assets: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
}

/** Where the page is in this app (Payload's default `/api` route), for the server's headers. */
export const referencePagePath = '/api/docs'

export const referencePageCsp = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'self'; base-uri 'self'; object-src 'none'; form-action 'self'"

const page = (api: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ALT. content API reference</title>
<link rel="icon" href="${api}/docs/favicon-32x32.png">
<link rel="stylesheet" href="${api}/docs/swagger-ui.css">
</head>
<body>
<div id="swagger-ui" data-spec="${api}/openapi.json"></div>
<script src="${api}/docs/swagger-ui-bundle.js"></script>
<script src="${api}/docs/start.js"></script>
</body>
</html>
`

// External (not inline) so that the page's CSP needs no 'unsafe-inline' for scripts.
const start = `const root = document.getElementById('swagger-ui')
window.ui = SwaggerUIBundle({ url: root.dataset.spec, domNode: root, deepLinking: true, validatorUrl: null, tryItOutEnabled: false })
`

let assetDir: Promise<string> | undefined
const swaggerUiDir = () =>
  (assetDir ??= import('swagger-ui-dist/absolute-path.js').then((module) => module.default()))

export const referencePageEndpoint: Endpoint = {
  path: '/docs',
  method: 'get',
  handler: (req) =>
    new Response(page(req.payload.config.routes.api), {
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=300', 'content-security-policy': referencePageCsp },
    }),
}

export const referenceAssetEndpoint: Endpoint = {
  path: '/docs/:file',
  method: 'get',
  handler: async (req) => {
    const file = String(req.routeParams?.file ?? '')
    const cacheControl = 'public, max-age=3600'
    if (file === 'start.js') return new Response(start, { headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': cacheControl } })
    if (!Object.hasOwn(assets, file)) return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
    const body = await readFile(path.join(await swaggerUiDir(), file))
    return new Response(new Uint8Array(body), { headers: { 'content-type': assets[file], 'cache-control': cacheControl } })
  },
}
