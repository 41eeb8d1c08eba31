import type { OpenAPIV3_1 } from 'openapi-types'
import type { SanitizedConfig } from 'payload'

import { z } from 'zod'

import { contentPolicy } from '../access/policy'
import { collectionSlugs } from '../slugs'
import { contactIntakeSchema } from '../validation/contactSubmission'
import { searchLimits } from '../search/searchEndpoint'
import { entitySchemas } from './schemas'

type Operation = OpenAPIV3_1.OperationObject
type Parameter = OpenAPIV3_1.ParameterObject

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const json = (schema: object, description: string, headers?: Record<string, OpenAPIV3_1.HeaderObject>) => ({
  description,
  content: { 'application/json': { schema } },
  ...(headers ? { headers } : {}),
})
const errorResponse = (description: string) => ({ $ref: `#/components/responses/${description}` })

const query = (name: string, description: string, schema: object, extra: Partial<Parameter> = {}): Parameter => ({
  name,
  in: 'query',
  description,
  schema: schema as Parameter['schema'],
  ...extra,
})

const parameters = {
  where: query(
    'where',
    'A filter, in the bracket syntax Payload and `qs` use: `where[slug][equals]=understanding-ketamine`, `where[publishedAt][greater_than]=2026-01-01`, `where[or][0][slug][equals]=a&where[or][1][slug][equals]=b`. Operators: equals, not_equals, in, not_in, like, contains, exists, greater_than(_equal), less_than(_equal). Filtering by a field the caller may not read is refused (400).',
    { type: 'object', additionalProperties: true },
    { style: 'deepObject', explode: true, examples: { bySlug: { summary: 'One document by its slug', value: { slug: { equals: 'understanding-ketamine' } } } } },
  ),
  limit: query('limit', 'Documents per page (default 10).', { type: 'integer', minimum: 0 }),
  page: query('page', 'The page to answer with, from 1.', { type: 'integer', minimum: 1 }),
  sort: query('sort', 'A field to sort by, `-` first for descending (`-publishedAt`); several are separated by commas.', { type: 'string' }),
  depth: query('depth', 'How deep related documents are filled in (0: ids only; default 2).', { type: 'integer', minimum: 0, maximum: 10 }),
  select: query(
    'select',
    'Only these fields (`select[title]=true&select[slug]=true`), or all but these (`select[body]=false`). The answer then holds the chosen fields and `id` only, so fields the schema marks as required may be absent.',
    { type: 'object', additionalProperties: { type: 'boolean' } },
    { style: 'deepObject', explode: true },
  ),
  draft: query(
    'draft',
    'Staff (signed in) get each document’s latest draft. Anonymous callers always get the published version: frontends preview drafts with a preview token instead (`/api/preview-token/verify`).',
    { type: 'boolean' },
  ),
}

/**
 * Who may call an operation. Anyone, and a signed-in staff member (whose token also unlocks
 * drafts), for content reads; anyone for the public endpoints; staff only for the rest.
 */
const security = {
  anyone: [] as OpenAPIV3_1.SecurityRequirementObject[],
  anyoneOrStaff: [{}, { staffJwt: [] }] as OpenAPIV3_1.SecurityRequirementObject[],
  staff: [{ staffJwt: [] }] as OpenAPIV3_1.SecurityRequirementObject[],
}

/** Every answer can be this one: Node's HTTP server refuses headers over 16 KiB (often a pile of cookies). */
const headersTooLarge = { 431: { $ref: '#/components/responses/HeadersTooLarge' } }

const labelOf = (label: unknown, slug: string) => (typeof label === 'string' ? label : slug)

const paginated = (name: string) => ({
  type: 'object',
  required: ['docs', 'totalDocs', 'limit', 'totalPages', 'page', 'pagingCounter', 'hasPrevPage', 'hasNextPage', 'prevPage', 'nextPage'],
  properties: {
    docs: { type: 'array', items: ref(name) },
    totalDocs: { type: 'integer' },
    limit: { type: 'integer' },
    totalPages: { type: 'integer' },
    page: { type: 'integer' },
    pagingCounter: { type: 'integer' },
    hasPrevPage: { type: 'boolean' },
    hasNextPage: { type: 'boolean' },
    prevPage: { type: ['integer', 'null'] },
    nextPage: { type: ['integer', 'null'] },
  },
})

/** Reads of one public collection: list (with by-slug filtering), by id, and (drafts) versions. */
const collectionPaths = (slug: string, name: string, label: string, hasDrafts: boolean, hasSlug: boolean, idType: object) => {
  const read = hasDrafts ? [parameters.depth, parameters.select, parameters.draft] : [parameters.depth, parameters.select]
  const list: Operation = {
    operationId: `find${name}`,
    tags: [label],
    summary: hasSlug ? `${label}: list, or one by slug` : `${label}: list`,
    description: hasSlug
      ? `Published ${label.toLowerCase()} (anonymous callers never see drafts). One by slug: \`?where[slug][equals]=<slug>\` (\`docs\` then has one document, or none).`
      : `All ${label.toLowerCase()}.`,
    parameters: [parameters.where, parameters.limit, parameters.page, parameters.sort, ...read],
    security: security.anyoneOrStaff,
    responses: { 200: json(paginated(name), `A page of ${label.toLowerCase()}`), 400: errorResponse('BadQuery'), ...headersTooLarge },
  }
  const byId: Operation = {
    operationId: `find${name}ById`,
    tags: [label],
    summary: `${label}: one by id`,
    description: hasDrafts
      ? `One published document of ${label.toLowerCase()} by its id (staff with \`draft=true\`: its latest draft). A draft-only or missing id is a 404.`
      : `One document of ${label.toLowerCase()} by its id; a missing id is a 404.`,
    parameters: [{ name: 'id', in: 'path', required: true, schema: idType as Parameter['schema'] }, ...read],
    security: security.anyoneOrStaff,
    responses: { 200: json(ref(name), `The document`), 404: errorResponse('NotFound'), ...headersTooLarge },
  }
  return {
    [`/api/${slug}`]: { get: list },
    [`/api/${slug}/{id}`]: { get: byId },
    ...(hasDrafts
      ? {
          [`/api/${slug}/versions`]: {
            get: {
              operationId: `find${name}Versions`,
              tags: [label],
              summary: `${label}: version history (staff only)`,
              description: 'Saved versions, drafts included, for signed-in staff. Anonymous callers get 403.',
              parameters: [parameters.where, parameters.limit, parameters.page, parameters.sort, parameters.depth],
              security: security.staff,
              responses: { 200: json(paginatedVersions(name, idType), 'A page of versions'), 403: errorResponse('Forbidden'), ...headersTooLarge },
            },
          },
        }
      : {}),
  }
}

const paginatedVersions = (name: string, idType: object) => {
  const page = paginated(name)
  return {
    ...page,
    properties: {
      ...page.properties,
      docs: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'version', 'createdAt', 'updatedAt'],
          properties: {
            id: idType,
            parent: { oneOf: [idType, ref(name)] },
            version: { type: 'object', description: `The ${name} as it was saved (without its id).` },
            autosave: { type: 'boolean' },
            latest: { type: 'boolean' },
            createdAt: { type: 'string', format: 'date-time' },
            updatedAt: { type: 'string', format: 'date-time' },
          },
        },
      },
    },
  }
}

/** Payload's error answer, `{ errors: [item, …] }`. */
const errorList = (item: object) => ({
  type: 'object',
  required: ['errors'],
  properties: { errors: { type: 'array', minItems: 1, items: item } },
})

const errorsSchema = errorList({ type: 'object', required: ['message'], properties: { message: { type: 'string' }, name: { type: 'string' }, data: {} } })

const validationErrorSchema = errorList({
  type: 'object',
  required: ['message'],
  properties: {
    name: { type: 'string', examples: ['ValidationError'] },
    message: { type: 'string' },
    data: {
      type: 'object',
      description: 'Present on field errors: one `{ path, message }` per wrong field.',
      properties: {
        collection: { type: 'string' },
        errors: {
          type: 'array',
          items: { type: 'object', required: ['path', 'message'], properties: { path: { type: 'string' }, message: { type: 'string' } } },
        },
      },
    },
  },
})

/** The webhook body (see docs/frontend.md, "Webhooks"), as sent to every receiver. */
const webhookBody = (idType: object) => ({
  type: 'object',
  required: ['id', 'event', 'docId', 'slug', 'occurredAt'],
  properties: {
    id: { type: 'string', description: 'The delivery id, the same as the X-ALT-Delivery header (the same on every retry).' },
    event: { type: 'string', enum: ['publish', 'unpublish', 'update', 'delete', 'test'] },
    collection: { type: 'string', description: 'The collection changed (absent for a global).' },
    global: { type: 'string', description: 'The global changed, e.g. `clinic-info` (absent for a collection).' },
    docId: { oneOf: [idType, { type: 'null' }] },
    slug: { type: ['string', 'null'] },
    occurredAt: { type: 'string', format: 'date-time' },
  },
})

/** What each tag groups, for the tags the operations use (in their order of appearance). */
const tagDescriptions: Record<string, string> = {
  'Contact intake': 'The public contact form: a form token, then the submission.',
  Preview: 'Drafts for the frontend’s preview, behind a token from the admin.',
  Sitemap: 'Every public page, for sitemap.xml, and the redirect table.',
  Search: 'Site search over the public pages and quotes.',
  Webhooks: 'What the content server sends to your frontend when content changes.',
}

const tagsOf = (paths: OpenAPIV3_1.PathsObject): OpenAPIV3_1.TagObject[] => {
  const names = Object.values(paths).flatMap((item) => Object.values(item ?? {}).flatMap((operation) => (operation as Operation).tags ?? []))
  return [...new Set([...names, 'Webhooks'])].map((name) => ({ name, description: tagDescriptions[name] ?? `Reads of ${name.toLowerCase()}.` }))
}

/**
 * The OpenAPI 3.1 document of the public API: the reads of every public collection and global,
 * the contact intake, preview-token verification, the sitemap, the error answers, and the
 * publish webhooks. `idType` is the database adapter's: `number` (SQLite, PostgreSQL) or `text`
 * (MongoDB). Document schemas come from the Payload config (see `entitySchemas`), the intake's
 * body from the zod schema that validates it.
 */
export const openApiDocument = (config: SanitizedConfig, idType: 'number' | 'text'): OpenAPIV3_1.Document => {
  const publicSlugs = Object.keys(contentPolicy)
  const collections = config.collections.filter((collection) => publicSlugs.includes(collection.slug))
  const globals = config.globals.filter((global) => publicSlugs.includes(global.slug))
  const { schemas, names } = entitySchemas(config, idType, [...collections, ...globals].map((entity) => entity.slug))
  const id = { type: idType === 'number' ? 'integer' : 'string' }
  const hasIntake = config.collections.some((collection) => collection.slug === collectionSlugs.contactSubmissions)

  const paths: OpenAPIV3_1.PathsObject = {}
  for (const collection of collections) {
    const label = labelOf(collection.labels.plural, collection.slug)
    const hasSlug = collection.flattenedFields.some((field) => field.name === 'slug')
    Object.assign(paths, collectionPaths(collection.slug, names[collection.slug], label, Boolean(collection.versions?.drafts), hasSlug, id))
  }
  for (const global of globals) {
    const label = labelOf(global.label, global.slug)
    paths[`/api/globals/${global.slug}`] = {
      get: {
        operationId: `get${names[global.slug]}`,
        tags: [label],
        summary: `${label} (published)`,
        description: `The published ${label.toLowerCase()} (staff with \`draft=true\`: its latest draft).`,
        parameters: [parameters.depth, parameters.select, parameters.draft],
        security: security.anyoneOrStaff,
        responses: { 200: json(ref(names[global.slug]), label), ...headersTooLarge },
      },
    }
  }
  if (hasIntake) {
    paths[`/api/${collectionSlugs.contactSubmissions}/form-token`] = {
      get: {
        operationId: 'getFormToken',
        tags: ['Contact intake'],
        summary: 'A form token, fetched when the contact form is shown',
        description: 'Send it back as `formToken` with the submission: it records when the form was shown (a submission sent too soon after, or too long after, is refused). Never cached: each form gets its own.',
        security: security.anyone,
        responses: {
          200: json(
            { type: 'object', required: ['formToken', 'expiresAt'], properties: { formToken: { type: 'string' }, expiresAt: { type: 'string', format: 'date-time' } } },
            'A signed token recording when the form was shown',
          ),
          ...headersTooLarge,
        },
      },
    }
    paths[`/api/${collectionSlugs.contactSubmissions}`] = {
      post: {
        operationId: 'submitContactForm',
        tags: ['Contact intake'],
        summary: 'Send a contact submission',
        description:
          'Validated, spam-screened and rate-limited. The answer never echoes what was sent. Send the honeypot `website` empty, and the `formToken` from the form-token endpoint.',
        security: security.anyone,
        requestBody: {
          required: true,
          content: { 'application/json': { schema: z.toJSONSchema(contactIntakeSchema, { io: 'input', target: 'draft-2020-12' }) as object } },
        },
        responses: {
          201: json({ type: 'object', required: ['id', 'status'], properties: { id, status: { const: 'received' } } }, 'Received'),
          400: errorResponse('ValidationError'),
          413: errorResponse('PayloadTooLarge'),
          415: errorResponse('UnsupportedMediaType'),
          429: errorResponse('TooManyRequests'),
          ...headersTooLarge,
        },
      },
    }
  }
  paths['/api/preview-token/verify'] = {
    get: {
      operationId: 'verifyPreviewToken',
      tags: ['Preview'],
      summary: 'Exchange a preview token (from the admin’s preview link) for the draft it names',
      description: 'The token is short-lived and names one document or global; the answer is never cached.',
      security: security.anyone,
      parameters: [query('token', 'The `previewToken` from the preview link.', { type: 'string' }, { required: true })],
      responses: {
        200: json(
          {
            oneOf: [
              {
                type: 'object',
                required: ['collection', 'id', 'doc'],
                properties: { collection: { type: 'string', enum: collections.map((c) => c.slug) }, id, doc: { type: 'object' } },
              },
              { type: 'object', required: ['global', 'doc'], properties: { global: { type: 'string', enum: globals.map((g) => g.slug) }, doc: { type: 'object' } } },
            ],
          },
          'The draft (related documents as ids). `doc` has the named collection’s or global’s schema, drafts allowed.',
        ),
        401: errorResponse('Unauthorized'),
        404: errorResponse('NotFound'),
        ...headersTooLarge,
      },
    },
  }
  if (config.collections.some((collection) => collection.slug === collectionSlugs.search)) {
    paths['/api/search'] = {
      get: {
        operationId: 'search',
        tags: ['Search'],
        summary: 'Site search',
        description:
          'Published articles, services and quotes, and provider discounts while active, whose words include every word of `q` (any order, any case; anything but letters and digits separates words). Those with every word in their title come first. Cached like every public read.',
        security: security.anyone,
        parameters: [
          query('q', 'What to search for: at most 100 characters (a 400 beyond). Only letters and digits count; a q with none answers no results.', { type: 'string', minLength: 1, maxLength: 100 }, { required: true, examples: { words: { summary: 'Words visitors know', value: 'integration therapy' } } }),
          query('limit', `Results wanted, 1 to ${searchLimits.max} (default ${searchLimits.default}); more is answered as ${searchLimits.max}.`, { type: 'integer', minimum: 1 }),
        ],
        responses: {
          200: json(
            {
              type: 'object',
              required: ['q', 'limit', 'docs'],
              properties: {
                q: { type: 'string' },
                limit: { type: 'integer', maximum: searchLimits.max, description: 'The most results this answer could hold.' },
                docs: {
                  type: 'array',
                  maxItems: searchLimits.max,
                  items: {
                    type: 'object',
                    required: ['type', 'title', 'slug', 'summary'],
                    properties: {
                      type: { type: 'string', enum: [collectionSlugs.articles, collectionSlugs.services, collectionSlugs.quotes, collectionSlugs.providerDiscounts] },
                      title: { type: 'string', description: 'A quote’s title is who said it; its summary, what they said.' },
                      slug: { type: ['string', 'null'] },
                      summary: { type: ['string', 'null'], description: 'At most 300 characters.' },
                      path: { type: 'string', description: 'The page on the site (absent for quotes).', examples: ['/services/integration-therapy'] },
                      url: { type: 'string', format: 'uri', description: 'The same on the public site, when SITE_URL is set.' },
                    },
                  },
                },
              },
            },
            'The results, best first',
          ),
          400: errorResponse('ValidationError'),
          ...headersTooLarge,
        },
      },
    }
  }
  paths['/api/sitemap'] = {
    get: {
      operationId: 'getSitemap',
      tags: ['Sitemap'],
      summary: 'Every public page, for sitemap.xml, and the redirect table',
      description:
        'Published articles and services, provider discounts while active, and the home page (from clinic-info); and every redirect whose target the public can reach, with the path it leads to now (for Next.js `redirects()` or middleware). Cacheable for 5 minutes.',
      security: security.anyone,
      responses: {
        200: json(
          {
            type: 'object',
            required: ['pages', 'redirects'],
            properties: {
              redirects: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['from', 'to', 'status'],
                  properties: {
                    from: { type: 'string', description: 'An old address on the site.', examples: ['/articles/old-title'] },
                    to: { type: 'string', description: 'Where it leads now: a path on the site, or a full URL.', examples: ['/articles/new-title'] },
                    status: { type: 'integer', enum: [301, 302, 307, 308] },
                  },
                },
              },
              pages: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['path', 'lastmod'],
                  properties: {
                    url: { type: 'string', format: 'uri', description: 'The page on the public site (absent when SITE_URL is not set).' },
                    path: { type: 'string', examples: ['/articles/understanding-ketamine'] },
                    lastmod: { type: 'string', format: 'date-time' },
                    collection: { type: 'string' },
                    global: { type: 'string' },
                    slug: { type: 'string' },
                  },
                },
              },
            },
          },
          'The public pages',
        ),
        ...headersTooLarge,
      },
    },
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'ALT. clinic content API',
      version: '1.0.0',
      license: { name: 'MIT', identifier: 'MIT' },
      contact: { name: 'The clinic’s web team (who runs this server)' },
      description:
        'The public REST API of the ALT. clinic content platform: published content, the contact intake, preview and the sitemap. Ids are integers on SQLite and PostgreSQL and strings on MongoDB (this document was generated for ' +
        (idType === 'number' ? 'integer' : 'string') +
        ' ids). GraphQL (`/api/graphql`) serves the same content.',
    },
    servers: [{ url: '/', description: 'This server' }],
    tags: tagsOf(paths),
    paths,
    webhooks: {
      contentChanged: {
        post: {
          operationId: 'contentChanged',
          tags: ['Webhooks'],
          summary: 'Content was published, unpublished, updated or deleted',
          description:
            'Sent to each active webhook whose events and collections match. Verify `X-ALT-Signature` (`t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body" with the webhook secret>`) and drop repeats by `X-ALT-Delivery`. Answer 2xx; anything else is retried with exponential backoff (7 tries over about an hour).',
          parameters: [
            { name: 'X-ALT-Delivery', in: 'header', required: true, schema: { type: 'string' } },
            { name: 'X-ALT-Signature', in: 'header', required: true, schema: { type: 'string', pattern: '^t=\\d+,v1=[0-9a-f]{64}$' } },
          ],
          requestBody: { required: true, content: { 'application/json': { schema: webhookBody(id) as object } } },
          security: security.anyone,
          responses: { 200: { description: 'Received (any 2xx)' } },
        },
      },
    },
    components: {
      schemas: { ...schemas, Errors: errorsSchema, ValidationErrors: validationErrorSchema } as Record<string, OpenAPIV3_1.SchemaObject>,
      responses: {
        BadQuery: json(ref('Errors'), 'The query is wrong, e.g. it filters by a field that does not exist or may not be read'),
        ValidationError: json(ref('ValidationErrors'), 'A field is wrong (one `{ path, message }` per field), or the body is not a JSON object'),
        Unauthorized: json(ref('Errors'), 'Missing, altered or expired token'),
        Forbidden: json(ref('Errors'), 'Not allowed for this caller'),
        NotFound: json(ref('Errors'), 'No such document (or not visible to this caller)'),
        PayloadTooLarge: json(ref('Errors'), 'The body is over the size limit (64 KiB)'),
        UnsupportedMediaType: json(ref('Errors'), 'The body is not sent as application/json'),
        TooManyRequests: json(ref('Errors'), 'Too many requests from this address', {
          'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } },
        }),
        HeadersTooLarge: { description: 'The request’s headers are over 16 KiB (usually too many cookies for this domain); no body' },
      },
      securitySchemes: {
        staffJwt: { type: 'apiKey', in: 'header', name: 'Authorization', description: '`JWT <token>` from `POST /api/users/login` (staff only).' },
      },
    },
  }
}

