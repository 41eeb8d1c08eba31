import type { CollectionConfig, Config, Field, GlobalConfig, Timezone, TimezonesConfig } from 'payload'

import { redirectsTranslations } from '@payloadcms/plugin-redirects'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { deepMergeSimple } from 'payload/shared'
import { z } from 'zod'

import { Articles } from '../collections/Articles'
import { AuditEvents } from '../collections/AuditEvents'
import { contactSubmissions } from '../collections/ContactSubmissions'
import { Media } from '../collections/Media'
import { ProviderDiscounts } from '../collections/ProviderDiscounts'
import { Quotes } from '../collections/Quotes'
import { Services } from '../collections/Services'
import { users } from '../collections/Users'
import { WebhookDeliveries } from '../collections/WebhookDeliveries'
import { Webhooks } from '../collections/Webhooks'
import { ClinicInfo } from '../globals/ClinicInfo'
import { Glossary } from '../globals/Glossary'
import { setPayloadInternalsAccess } from './access/payloadInternals'
import { contentPolicy } from './access/policy'
import { admins } from './access/roles'
import { signInLimiters } from './auth/signInLimits'
import { withRunMetrics } from './metrics/jobMetrics'
import { countWrongCurrentPasswords } from './auth/currentPassword'
import { resetEmailAfterAnswering } from './auth/passwordResetEmail'
import { oneAnswerForFailedSignIns } from './auth/signInAnswers'
import { type ClaimRule, defaultClaimRules } from './claims/rules'
import { sitemapEndpoint } from './endpoints/sitemap'
import { verifyPreviewTokenEndpoint } from './endpoints/verifyPreviewToken'
import { mapFields } from './fields/mapFields'
import { confirmPublishing } from './hooks/confirmPublishing'
import { clinicSeo } from './fields/seo'
import { clinicTimeZoneField } from './fields/clinicTimeZone'
import { type IntakeOptions, intakeOptionsSchema, intakeSettings } from './intake/settings'
import { applyContactRetention } from './jobs/applyContactRetention'
import { markOverdueReviews } from './jobs/markOverdueReviews'
import { notifyReviewers } from './jobs/notifyReviewers'
import { removeEmptyDrafts } from './jobs/removeEmptyDrafts'
import { notifyStaffOfSubmissions } from './jobs/notifyStaffOfSubmissions'
import { openApiEndpoint } from './openapi/openApiEndpoint'
import { referenceAssetEndpoint, referencePageEndpoint } from './openapi/referencePage'
import { type PreviewOptions } from './preview/previewLink'
import { announceCollectionChange, announceCollectionDelete, announceGlobalChange } from './publicReads/announceChanges'
import { boundAnonymousReads, defaultPublicReadBounds, type PublicReadBounds } from './publicReads/boundAnonymousReads'
import { graphQLDepthLimit } from './publicReads/graphQLDepthLimit'
import { withPreview } from './preview/withPreview'
import { perMinuteAndDay, rateLimiter } from './rateLimit/rateLimiter'
import { redirectsCollection } from './redirects/collection'
import { pruneSearchIndex } from './search/pruneSearchIndex'
import { clinicSearch } from './search/searchIndex'
import { withSlugRedirects } from './redirects/recordSlugChanges'
import { type ClinicCollectionSlug, type ClinicGlobalSlug, collectionSlugs, globalSlugs } from './slugs'
import { deliverWebhook } from './webhooks/deliverWebhook'
import { webhookAllowedOrigins } from './webhooks/destination'
import { client, rsc } from './packageEntries'
import { collectionWithWebhooks, globalWithWebhooks } from './webhooks/withWebhooks'

/**
 * Additions to one of the plugin's collections. They are merged into it, never replacing it:
 * `fields` are appended, each `hooks` list runs after the plugin's own, and `access` and `admin`
 * keys replace only the keys you name.
 */
export type CollectionOverride = Partial<Omit<CollectionConfig, 'slug'>>

/** Options of {@link clinicContent}. Every key is optional: `clinicContent()` adds everything. */
export type ClinicContentOptions = {
  /**
   * Collections to add, all `true` by default. Set one to `false` to leave it out, e.g. when
   * your app already has its own `media`. `users` may be turned off only if your own auth
   * collection (`admin.user`) has a `roles` field, since access control reads it.
   */
  collections?: Partial<Record<ClinicCollectionSlug, boolean>>
  /** Globals to add, all `true` by default. */
  globals?: Partial<Record<ClinicGlobalSlug, boolean>>
  /** Per-collection additions, merged as {@link CollectionOverride} describes. */
  overrides?: Partial<Record<ClinicCollectionSlug, CollectionOverride>>
  /** The public contact intake: spam screen, rate limits, retention. See {@link IntakeOptions}. */
  intake?: IntakeOptions
  /**
   * The admin's Preview and Live Preview: a link to the frontend (`url`, default `PREVIEW_URL`)
   * carrying a short-lived signed token that the frontend exchanges for the draft at
   * `GET /api/preview-token/verify?token=…`. `false` turns preview off.
   */
  preview?: PreviewOptions | false
  /**
   * Risky claims checked in articles and services when they are published. Default:
   * {@link defaultClaimRules} ("cure", "guaranteed", "FDA-approved" about ketamine,
   * "no side effects", "100%"). Pass your own list to replace it.
   */
  claimRules?: ClaimRule[]
  /**
   * The public website, e.g. `https://www.alt.clinic` (default: `SITE_URL`). Used for the `url`
   * of pages in the computed `jsonLd` field, with the same paths as preview.
   */
  siteUrl?: string
  /**
   * The clinic's time zone, an IANA name such as `America/New_York` (default: `CLINIC_TIME_ZONE`,
   * else `UTC`): what the admin's *Schedule publish* starts with, and how scheduled changes are
   * shown. Your own `admin.timezones.defaultTimezone`, if set, wins.
   */
  timeZone?: string
  /**
   * Bounds on anonymous REST and GraphQL reads, for every collection of the config: at most
   * `maxLimit` documents per answer (default 100) populated at most `maxDepth` deep (default 3).
   * GraphQL queries are also refused past a nesting depth: `maxDepth` + 4 fields for anonymous
   * callers (collection, `docs`, a group, the field itself), Payload's `maxDepth` + 4 for staff.
   */
  publicReads?: Partial<PublicReadBounds>
  /**
   * Where the limits on guessing at sign-in are counted (failed sign-ins and password-reset
   * requests per client address, wrong second-factor codes per account and per address; see
   * `src/auth/signInLimits.ts`): this process's memory by default, or Redis at `redisUrl`, so
   * that every app instance shares them.
   */
  signInLimits?: { redisUrl?: string }
}

const PREFIX = '[clinic-content]'

/** `payload clinic:seed` runs seed/bin: the source here, the built file in the package's dist/. */
const thisFile = fileURLToPath(import.meta.url)
const seedScriptPath = path.join(path.dirname(thisFile), '..', 'seed', `bin${path.extname(thisFile)}`)

const allGlobals: GlobalConfig[] = [ClinicInfo, Glossary]

/** Collections no anonymous answer ever includes. */
const privateCollections = new Set<string>([
  collectionSlugs.contactSubmissions,
  collectionSlugs.auditEvents,
  collectionSlugs.webhooks,
  collectionSlugs.webhookDeliveries,
])

/** Collections whose relationship or join fields point at others. */
const relatedTo: Partial<Record<ClinicCollectionSlug, ClinicCollectionSlug[]>> = {
  [collectionSlugs.articles]: [collectionSlugs.services, collectionSlugs.quotes],
  [collectionSlugs.services]: [collectionSlugs.articles],
  // Every read and change of a submission is written to the audit log.
  [collectionSlugs.contactSubmissions]: [collectionSlugs.auditEvents],
  [collectionSlugs.webhooks]: [collectionSlugs.webhookDeliveries],
  [collectionSlugs.webhookDeliveries]: [collectionSlugs.webhooks],
}

const collectionSlug = z.enum(Object.values(collectionSlugs))
const globalSlug = z.enum(Object.values(globalSlugs))

const optionsSchema = z.strictObject({
  collections: z.partialRecord(collectionSlug, z.boolean()).optional(),
  globals: z.partialRecord(globalSlug, z.boolean()).optional(),
  overrides: z
    .partialRecord(
      collectionSlug,
      z.looseObject({
        slug: z.never({ error: 'the slug of a clinic collection cannot be changed' }).optional(),
        fields: z.array(z.looseObject({})).optional(),
        hooks: z.record(z.string(), z.array(z.function())).optional(),
      }),
    )
    .optional(),
  intake: intakeOptionsSchema.optional(),
  preview: z
    .union([
      z.literal(false),
      z.strictObject({
        url: z.url().optional(),
        paths: z.record(z.string(), z.string().startsWith('/')).optional(),
        tokenSeconds: z.number().int().positive().max(24 * 60 * 60).optional(),
      }),
    ])
    .optional(),
  siteUrl: z.url().optional(),
  timeZone: z
    .string()
    .refine((zone) => Intl.supportedValuesOf('timeZone').includes(zone) || zone === 'UTC', 'an IANA time zone such as "America/New_York"')
    .optional(),
  publicReads: z
    .strictObject({ maxLimit: z.number().int().positive().optional(), maxDepth: z.number().int().min(0).optional() })
    .optional(),
  signInLimits: z.strictObject({ redisUrl: z.string().optional() }).optional(),
  claimRules: z
    .array(
      z.strictObject({
        phrase: z.string().min(1),
        pattern: z.instanceof(RegExp).optional(),
        onlyWith: z.instanceof(RegExp).optional(),
        why: z.string().optional(),
      }),
    )
    .optional(),
})

const fail = (message: string): never => {
  throw new Error(`${PREFIX} ${message}`)
}

const parseOptions = (options: unknown): ClinicContentOptions => {
  const result = optionsSchema.safeParse(options ?? {})
  if (!result.success) {
    const issue = result.error.issues[0]
    fail(`invalid option ${issue.path.join('.') || '(options)'}: ${issue.message}`)
  }
  return (options ?? {}) as ClinicContentOptions
}

const mergeHooks = (ours: CollectionConfig['hooks'] = {}, theirs: CollectionConfig['hooks'] = {}) =>
  Object.fromEntries(
    [...new Set([...Object.keys(ours), ...Object.keys(theirs)])].map((name) => [
      name,
      [...((ours as Record<string, unknown[]>)[name] ?? []), ...((theirs as Record<string, unknown[]>)[name] ?? [])],
    ]),
  ) as CollectionConfig['hooks']

const applyOverride = (collection: CollectionConfig, override: CollectionOverride = {}): CollectionConfig => ({
  ...collection,
  ...override,
  slug: collection.slug,
  access: { ...collection.access, ...override.access },
  admin: { ...collection.admin, ...override.admin },
  fields: [...collection.fields, ...(override.fields ?? [])],
  hooks: mergeHooks(collection.hooks, override.hooks),
})

/** One phrase for a published document with unpublished changes, on the list and on the document. */
const staffStatusWords = { changed: 'Published, with unpublished changes', draftHasPublishedVersion: 'Published, with unpublished changes' }

/** The admin's list of time zones, with `zone` in it (Payload's own list lacks some, UTC among them). */
const withZone = (list: TimezonesConfig['supportedTimezones'], zone: string): TimezonesConfig['supportedTimezones'] => {
  const add = (zones: Timezone[]) => (zones.some(({ value }) => value === zone) ? zones : [...zones, { label: zone, value: zone }])
  if (Array.isArray(list)) return add(list)
  return (args) => add(list ? list(args) : args.defaultTimezones)
}

/** Points relationships to `users` at the app's own auth collection (when ours is turned off). */
const retargetUsers = (fields: Field[], authSlug: string): Field[] =>
  mapFields(fields, (field) => (field.type === 'relationship' && field.relationTo === collectionSlugs.users ? ({ ...field, relationTo: authSlug } as Field) : field))

/** How a date field shows its value, by what it picks: the admin's one format ("3 Dec 2026, 10:00"). */
const dateFormats = { default: 'd MMM yyyy', dayOnly: 'd MMM yyyy', dayAndTime: 'd MMM yyyy, HH:mm', timeOnly: 'HH:mm', monthOnly: 'MMM yyyy' } as const

/** Our date fields show dates as the rest of the admin does (Payload's picker says "Dec 3, 2026 9:12 AM"). */
const withDateFormats = (fields: Field[]): Field[] =>
  mapFields(fields, (field) => {
    if (field.type !== 'date' || field.admin?.date?.displayFormat) return field
    const date = field.admin?.date
    return { ...field, admin: { ...field.admin, date: { ...date, displayFormat: dateFormats[date?.pickerAppearance ?? 'default'] } } } as Field
  })

const hasRolesField = (config: Config) => {
  const authSlug = config.admin?.user
  const auth = config.collections?.find((collection) => collection.slug === authSlug)
  return Boolean(auth?.fields.some((field) => 'name' in field && field.name === 'roles'))
}

/**
 * The ALT. clinic content model as a Payload plugin: articles, quotes, services, provider
 * discounts, contact submissions, users with roles, media, and the `clinic-info` global.
 * Returns a new config; the one passed in is never changed.
 *
 * @example buildConfig({ ...base, plugins: [clinicContent({ collections: { media: false } })] })
 */
export const clinicContent =
  (options?: ClinicContentOptions) =>
  (config: Config): Config => {
    const {
      collections: enabled = {},
      globals: enabledGlobals = {},
      overrides = {},
      intake,
      preview,
      claimRules = defaultClaimRules,
      siteUrl = process.env.SITE_URL,
      timeZone = process.env.CLINIC_TIME_ZONE || 'UTC',
      publicReads,
      signInLimits,
    } = parseOptions(options)
    const bounds = { ...defaultPublicReadBounds, ...publicReads }
    // The app's own default time zone wins over ours.
    const clinicZone = config.admin?.timezones?.defaultTimezone ?? timeZone
    const boundReads = boundAnonymousReads(bounds)
    /**
     * Hooks on each of the plugin's collections: bounded anonymous reads, and an announcement of
     * each change (the server's response cache listens). Changes to collections no public answer
     * shows (submissions, their audit log) are not announced, or every contact form posted would
     * empty the cache. The app's own collections are left as they are.
     */
    const withPublicReadHooks = (collection: CollectionConfig): CollectionConfig => {
      const hooks = { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), boundReads] }
      if (privateCollections.has(collection.slug)) return { ...collection, hooks }
      hooks.afterChange = [...(hooks.afterChange ?? []), announceCollectionChange]
      hooks.afterDelete = [...(hooks.afterDelete ?? []), announceCollectionDelete]
      return { ...collection, hooks }
    }
    const withChangeAnnounced = (global: GlobalConfig): GlobalConfig => ({
      ...global,
      hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), announceGlobalChange] },
    })
    const isOn = (slug: string) => enabled[slug as ClinicCollectionSlug] !== false
    const intakeOn = isOn(collectionSlugs.contactSubmissions)
    const webhooksOn = isOn(collectionSlugs.webhooks)
    // A mistyped WEBHOOK_ALLOWED_ORIGINS stops the start, rather than every delivery later.
    if (webhooksOn) webhookAllowedOrigins()
    const usersOn = isOn(collectionSlugs.users)
    const authSlug = config.admin?.user
    /**
     * Each of our collections and globals as the app needs it: dates shown in the admin's one
     * format, and relationships to our `users` pointed at the app's own auth collection when ours is off.
     */
    const adapted = <T extends CollectionConfig | GlobalConfig>(entity: T): T => {
      const fields = withDateFormats(entity.fields)
      const drafts = typeof entity.versions === 'object' && Boolean(entity.versions.drafts)
      // With drafts: Publish says "Published." (confirmPublishing).
      const hooks = drafts ? { ...entity.hooks, afterChange: [...(entity.hooks?.afterChange ?? []), confirmPublishing] } : entity.hooks
      return { ...entity, hooks, fields: usersOn || !authSlug ? fields : retargetUsers(fields, authSlug) }
    }
    const isPublicContent = (slug: string) => Object.hasOwn(contentPolicy, slug)

    for (const slug of Object.keys(overrides)) {
      if (!isOn(slug)) fail(`overrides.${slug} is set but the "${slug}" collection is turned off.`)
    }
    const taken = new Set([...(config.collections ?? []), ...(config.globals ?? [])].map((entry) => entry.slug))
    const settings = intakeSettings(intake)
    const limiter =
      intakeOn &&
      settings.rateLimit &&
      rateLimiter({ name: 'intake', windows: perMinuteAndDay(settings.rateLimit.perMinute, settings.rateLimit.perDay), redisUrl: settings.rateLimit.redisUrl })
    // Pages (they have an address on the site) whose old addresses the redirects keep working.
    const pages = [collectionSlugs.articles, collectionSlugs.services, collectionSlugs.providerDiscounts].filter(isOn)
    const redirectsOn = isOn(collectionSlugs.redirects) && pages.length > 0
    // What site search finds (the plugin's `search` collection indexes them).
    const searchable = [collectionSlugs.articles, collectionSlugs.services, collectionSlugs.quotes, collectionSlugs.providerDiscounts].filter(isOn)
    const searchOn = isOn(collectionSlugs.search) && searchable.length > 0
    const withRedirects = (collection: CollectionConfig) => (redirectsOn && pages.includes(collection.slug as never) ? withSlugRedirects(collection) : collection)
    const allCollections: CollectionConfig[] = [
      withRedirects(Articles),
      Quotes,
      withRedirects(Services),
      withRedirects(ProviderDiscounts),
      contactSubmissions(settings, limiter),
      AuditEvents,
      users(signInLimiters(signInLimits?.redisUrl)),
      Media,
      Webhooks,
      WebhookDeliveries,
      ...(redirectsOn ? [redirectsCollection(pages)] : []),
    ]
    const collections = allCollections.filter((collection) => isOn(collection.slug))
    const globals = allGlobals.filter((global) => enabledGlobals[global.slug as ClinicGlobalSlug] !== false)
    for (const { slug } of collections) {
      if (taken.has(slug)) {
        fail(`your config already has "${slug}". Remove yours, or leave ours out with clinicContent({ collections: { "${slug}": false } }).`)
      }
      const missing = relatedTo[slug as ClinicCollectionSlug]?.find((related) => !isOn(related))
      if (missing) fail(`"${slug}" links to "${missing}": turn both on or both off.`)
    }
    if (searchOn && taken.has(collectionSlugs.search)) {
      fail(`your config already has "${collectionSlugs.search}". Remove yours, or leave ours out with clinicContent({ collections: { "${collectionSlugs.search}": false } }).`)
    }
    for (const { slug } of globals) {
      if (taken.has(slug)) {
        fail(`your config already has "${slug}". Remove yours, or leave ours out with clinicContent({ globals: { "${slug}": false } }).`)
      }
    }
    if (!config.editor) fail('set a rich-text editor on your config first, e.g. editor: lexicalEditor().')
    if (!usersOn && !hasRolesField(config)) {
      fail(`"users" is turned off, so your auth collection (admin.user) needs a "roles" field with admin, editor and manager.`)
    }

    const withContent: Config = {
      ...config,
      // Staff sign-in (src/auth): one answer for every failed sign-in, and wrong current passwords
      // counted, over REST and GraphQL (afterError runs once the operation's transaction has ended);
      // the reset email goes out after the answer.
      hooks: usersOn ? { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), oneAnswerForFailedSignIns, countWrongCurrentPasswords] } : config.hooks,
      email: usersOn && config.email ? Promise.resolve(config.email).then(resetEmailAfterAnswering) : config.email,
      // The labels of @payloadcms/plugin-redirects' fields, in its languages; the app's own win.
      admin: {
        ...config.admin,
        user: config.admin?.user ?? collectionSlugs.users,
        // Gravatar would send a hash of every staff email off-site and break without internet.
        avatar: config.admin?.avatar ?? 'default',
        // One format, with the year, wherever the admin shows a date: "3 Dec 2026, 10:00".
        dateFormat: config.admin?.dateFormat ?? 'd MMM yyyy, HH:mm',
        // Scheduling starts in the clinic's time zone (Payload's would start with none chosen).
        timezones: {
          ...config.admin?.timezones,
          defaultTimezone: clinicZone,
          supportedTimezones: withZone(config.admin?.timezones?.supportedTimezones, clinicZone),
        },
        components: {
          ...config.admin?.components,
          beforeDashboard: [`${rsc}#RoleDashboard`, ...(config.admin?.components?.beforeDashboard ?? [])],
          // Staff who must use a second factor are held on this screen until they have (src/auth/twoFactor).
          providers: [...(config.admin?.components?.providers ?? []), `${client}#TwoFactorGate`],
          views: {
            ...config.admin?.components?.views,
            twoFactor: { Component: `${rsc}#TwoFactorView`, path: '/two-factor' },
          },
        },
      },
      jobs: {
        // Only admins may queue, run or cancel jobs over the API (Payload lets any user by default).
        access: { queue: admins, run: admins, cancel: admins },
        ...config.jobs,
        // Every task, the app's own too, counted for /metrics (src/metrics/jobMetrics.ts).
        tasks: [
          ...(config.jobs?.tasks ?? []),
          ...(intakeOn ? [notifyStaffOfSubmissions, applyContactRetention(settings)] : []),
          ...(isOn(collectionSlugs.articles) ? [markOverdueReviews] : []),
          notifyReviewers,
          removeEmptyDrafts,
          ...(webhooksOn ? [deliverWebhook] : []),
          ...(searchOn && isOn(collectionSlugs.providerDiscounts) ? [pruneSearchIndex] : []),
        ].map(withRunMetrics),
      },
      collections: [
        ...(config.collections ?? []),
        ...collections.map((collection) => {
          const ours = webhooksOn && isPublicContent(collection.slug) ? collectionWithWebhooks(collection) : collection
          const overridden = withPublicReadHooks(applyOverride(ours, overrides[collection.slug as ClinicCollectionSlug]))
          const merged = adapted(overridden)
          return preview === false ? merged : withPreview(merged, 'collection', preview)
        }),
      ],
      i18n: {
        ...config.i18n,
        // Staff words for a published document with unpublished changes, one phrase on the list
        // and on the document (Payload says "Draft (has published version)" and "Changed"), and
        // the redirects' labels. The app's own translations win.
        translations: deepMergeSimple(deepMergeSimple(redirectsOn ? redirectsTranslations : {}, { en: { version: staffStatusWords } }), config.i18n?.translations ?? {}),
      },
      graphQL: {
        ...config.graphQL,
        validationRules: (args) => [graphQLDepthLimit(args, bounds.maxDepth), ...(config.graphQL?.validationRules?.(args) ?? [])],
      },
      globals: [
        ...(config.globals ?? []),
        ...globals
          .map((global) => (global.slug === globalSlugs.clinicInfo ? { ...global, fields: [...global.fields, clinicTimeZoneField(clinicZone)] } : global))
          .map((global) => adapted(webhooksOn && isPublicContent(global.slug) ? globalWithWebhooks(global) : global))
          .map((global) => withChangeAnnounced(preview === false ? global : withPreview(global, 'global', preview))),
      ],
      bin: [...(config.bin ?? []), { key: 'clinic:seed', scriptPath: seedScriptPath }],
      endpoints: [
        ...(config.endpoints ?? []),
        verifyPreviewTokenEndpoint,
        sitemapEndpoint,
        openApiEndpoint,
        referencePageEndpoint,
        referenceAssetEndpoint,
      ],
      // Payload adds its own collections (document locks, preferences) after plugins run: their access is set once it is up.
      onInit: async (payload) => {
        setPayloadInternalsAccess(payload)
        await config.onInit?.(payload)
      },
      custom: { ...config.custom, clinicContent: { claimRules, siteUrl, paths: (preview && preview.paths) || {}, intakeMaxBodyBytes: settings.maxBodyBytes } },
    }
    const withIndex = searchOn ? (clinicSearch(searchable, withPublicReadHooks)(withContent) as Config) : withContent
    const withSeo = [collectionSlugs.articles, collectionSlugs.services].filter(isOn)
    if (withSeo.length === 0) return withIndex
    const uploadsCollection = isOn(collectionSlugs.media) ? collectionSlugs.media : undefined
    return clinicSeo({ collections: withSeo, uploadsCollection })(withIndex) as Config
  }
