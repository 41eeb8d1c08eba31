import type { CollectionConfig, Config } from 'payload'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'

import { Articles } from '../../collections/Articles'
import { clinicContent } from '../../src/plugin'
import { withSlugRedirects } from '../../src/redirects/recordSlugChanges'
import { collectionSlugs, globalSlugs, taskSlugs } from '../../src/slugs'
import { collectionWithWebhooks } from '../../src/webhooks/withWebhooks'

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

const unrelatedHook = () => undefined
const onInitCalls: unknown[] = []
const onInit = async (payload: unknown) => void onInitCalls.push(payload)

/** A config from some other app: its own auth collection (with roles), pages and a global. */
const editor = lexicalEditor()

/** The least a config needs before the plugin: a secret, a database, a rich-text editor. */
const minimal = (): Config => ({ secret: 'x', db: undefined as never, editor })

const unrelated = (): Config => ({
  ...minimal(),
  admin: { user: 'staff' },
  onInit,
  collections: [
    {
      slug: 'staff',
      auth: true,
      fields: [{ name: 'roles', type: 'select', hasMany: true, options: ['admin', 'editor', 'manager'] }],
    },
    { slug: 'pages', hooks: { afterChange: [unrelatedHook] }, fields: [{ name: 'title', type: 'text' }] },
  ],
  globals: [{ slug: 'footer', fields: [{ name: 'text', type: 'text' }] }],
})

const find = (config: Config, slug: string) => config.collections?.find((collection) => collection.slug === slug) as CollectionConfig

describe('clinicContent merged into an unrelated config', () => {
  const extraHook = () => undefined
  const plugin = clinicContent({
    collections: { users: false },
    overrides: {
      articles: {
        fields: [{ name: 'readingMinutes', type: 'number' }],
        hooks: { beforeChange: [extraHook] },
        admin: { group: 'Editorial' },
      },
    },
  })
  const input = deepFreeze(unrelated())
  const result = plugin(input)

  test('keeps everything the app had, untouched; the app’s onInit runs after the plugin’s', async () => {
    const payload = { collections: {}, config: { globals: [] } }
    await result.onInit!(payload as never)
    expect(onInitCalls).toEqual([payload])
    expect(result.admin?.user).toBe('staff')
    expect(find(result, 'pages')).toBe(input.collections![1])
    expect(find(result, 'pages').hooks?.afterChange).toEqual([unrelatedHook])
    expect(result.globals?.[0]).toBe(input.globals![0])
  })

  test('adds the clinic collections it was asked for, and the globals', () => {
    expect(result.collections?.map((collection) => collection.slug)).toEqual([
      'staff',
      'pages',
      collectionSlugs.articles,
      collectionSlugs.quotes,
      collectionSlugs.services,
      collectionSlugs.providerDiscounts,
      collectionSlugs.contactSubmissions,
      collectionSlugs.auditEvents,
      collectionSlugs.media,
      collectionSlugs.webhooks,
      collectionSlugs.webhookDeliveries,
      collectionSlugs.redirects,
      collectionSlugs.search,
    ])
    expect(result.globals?.map((global) => global.slug)).toEqual(['footer', globalSlugs.clinicInfo, globalSlugs.glossary])
  })

  test('merges overrides: fields appended, hooks after the plugin’s own, admin keys merged', () => {
    const articles = find(result, collectionSlugs.articles)
    expect(articles.fields.at(-1)).toEqual({ name: 'readingMinutes', type: 'number' })
    expect(JSON.stringify(articles.fields)).toContain('"name":"body"')
    expect(JSON.stringify(articles.fields)).toContain('"relationTo":"staff"') // the reviewer is one of the app's users
    expect(articles.hooks?.beforeChange).toEqual([...(collectionWithWebhooks(withSlugRedirects(Articles)).hooks?.beforeChange ?? []), extraHook])
    expect(articles.admin).toMatchObject({ group: 'Editorial', useAsTitle: 'title' })
    const submissions = find(result, collectionSlugs.contactSubmissions)
    // The intake's own four, then the bounds on anonymous reads.
    expect(submissions.hooks?.beforeOperation).toHaveLength(5)
  })

  test('the merged config builds into a valid Payload config', async () => {
    // Payload's sanitizer writes into the configs it is given, so build from an unfrozen copy.
    const built = await buildConfig({ ...plugin(unrelated()), db: {} as never })
    expect(built.collections.map((collection) => collection.slug)).toEqual(expect.arrayContaining(['pages', 'articles']))
  })
})

test('with no options it adds all twelve collections and makes users the admin login', () => {
  const result = clinicContent()(minimal())
  expect(result.collections).toHaveLength(12)
  expect(result.admin?.user).toBe(collectionSlugs.users)
})

test('avatars are Payload’s own picture unless the app chooses (Gravatar would send staff email hashes off-site)', () => {
  expect(clinicContent()(minimal()).admin?.avatar).toBe('default')
  expect(clinicContent()({ ...minimal(), admin: { avatar: 'gravatar' } }).admin?.avatar).toBe('gravatar')
})

test('the intake adds its jobs (admin-only over the API); turning it off removes them; the role dashboard is always there', () => {
  const on = clinicContent()({ ...minimal(), jobs: { tasks: [{ slug: 'theirs', handler: async () => ({ output: {} }) }] } })
  expect(on.jobs?.tasks?.map((task) => task.slug)).toEqual([
    'theirs',
    taskSlugs.notifyStaffOfSubmissions,
    taskSlugs.applyContactRetention,
    taskSlugs.markOverdueReviews,
    taskSlugs.notifyReviewers,
    taskSlugs.removeEmptyDrafts,
    taskSlugs.deliverWebhook,
    taskSlugs.pruneSearchIndex,
  ])
  expect(on.jobs?.access?.run?.({ req: { user: { roles: ['editor'] } } } as never)).toBe(false)
  expect(on.jobs?.access?.run?.({ req: { user: { roles: ['admin'] } } } as never)).toBe(true)
  expect(on.admin?.components?.beforeDashboard).toEqual(['@alt-clinic/payload-clinic-content/rsc#RoleDashboard'])

  const off = clinicContent({ collections: { 'contact-submissions': false, 'audit-events': false } })(minimal())
  expect(off.jobs?.tasks?.map((task) => task.slug)).toEqual([taskSlugs.markOverdueReviews, taskSlugs.notifyReviewers, taskSlugs.removeEmptyDrafts, taskSlugs.deliverWebhook, taskSlugs.pruneSearchIndex])
  expect(off.admin?.components?.beforeDashboard).toEqual(['@alt-clinic/payload-clinic-content/rsc#RoleDashboard'])
})

test('the submissions’ assignee points at the app’s own auth collection when users is off', () => {
  const submissions = find(clinicContent({ collections: { users: false } })(unrelated()), collectionSlugs.contactSubmissions)
  expect(submissions.fields.find((field) => 'name' in field && field.name === 'assignedTo')).toMatchObject({ relationTo: 'staff' })
})

describe('invalid options fail when the config is built, with a prefixed message', () => {
  test.each([
    ['an unknown collection', { collections: { posts: false } }, /^\[clinic-content\] invalid option collections/],
    ['a non-boolean switch', { collections: { articles: 'no' } }, /^\[clinic-content\] invalid option collections\.articles/],
    ['an unknown option', { theme: 'dark' }, /^\[clinic-content\] invalid option/],
    ['a slug override', { overrides: { articles: { slug: 'posts' } } }, /^\[clinic-content\] invalid option overrides\.articles\.slug/],
    ['hooks that are not functions', { overrides: { quotes: { hooks: { afterChange: ['x'] } } } }, /^\[clinic-content\] invalid option overrides\.quotes\.hooks/],
    ['a preview URL that is not a URL', { preview: { url: 'preview.alt' } }, /^\[clinic-content\] invalid option preview/],
    ['a preview path without a leading slash', { preview: { paths: { articles: 'articles/{slug}' } } }, /^\[clinic-content\] invalid option preview/],
    ['an override of a turned-off collection', { collections: { media: false }, overrides: { media: {} } }, /^\[clinic-content\] overrides\.media is set/],
    ['a negative rate limit', { intake: { rateLimit: { perMinute: -1 } } }, /^\[clinic-content\] invalid option intake\.rateLimit\.perMinute/],
    ['a retention that is not a number', { intake: { retentionDays: Number('abc') } }, /^\[clinic-content\] invalid option intake\.retentionDays/],
    ['an unknown intake option', { intake: { captcha: true } }, /^\[clinic-content\] invalid option intake/],
    ['audit events off while submissions are on', { collections: { 'audit-events': false } }, /^\[clinic-content\] "contact-submissions" links to "audit-events"/],
  ])('%s', (_case, options, message) => {
    expect(() => clinicContent(options as never)(minimal())).toThrow(message)
  })

  test('a collection turned off while another links to it', () => {
    expect(() => clinicContent({ collections: { quotes: false } })(minimal())).toThrow(
      /^\[clinic-content\] "articles" links to "quotes": turn both on or both off\./,
    )
  })

  test('a global the app already has', () => {
    const config: Config = { ...minimal(), globals: [{ slug: 'clinic-info', fields: [] }] }
    expect(() => clinicContent()(config)).toThrow(/globals: \{ "clinic-info": false \}/)
  })

  test('a config without a rich-text editor', () => {
    expect(() => clinicContent()({ ...minimal(), editor: undefined })).toThrow(/^\[clinic-content\] set a rich-text editor/)
  })

  test('a slug the app already uses', () => {
    const config: Config = { ...minimal(), collections: [{ slug: 'media', fields: [] }] }
    expect(() => clinicContent()(config)).toThrow(/^\[clinic-content\] your config already has "media"/)
  })

  test('turning users off when the app’s auth collection has no roles', () => {
    const config: Config = { ...minimal(), admin: { user: 'staff' }, collections: [{ slug: 'staff', auth: true, fields: [] }] }
    expect(() => clinicContent({ collections: { users: false } })(config)).toThrow(/^\[clinic-content\] "users" is turned off/)
  })
})

test('the clinic’s time zone starts every schedule; an app’s own default wins; a zone that is not one is refused', () => {
  const admin = (config: ReturnType<ReturnType<typeof clinicContent>>) => config.admin!.timezones!
  const ours = admin(clinicContent({ timeZone: 'America/Chicago' })(minimal()))
  expect(ours.defaultTimezone).toBe('America/Chicago')
  const zones = (ours.supportedTimezones as (args: { defaultTimezones: { label: string; value: string }[] }) => { value: string }[])({ defaultTimezones: [{ label: 'London', value: 'Europe/London' }] })
  expect(zones.map(({ value }) => value)).toEqual(['Europe/London', 'America/Chicago'])
  expect(admin(clinicContent({ timeZone: 'America/Chicago' })({ ...minimal(), admin: { timezones: { defaultTimezone: 'Asia/Tokyo' } } })).defaultTimezone).toBe('Asia/Tokyo')
  expect(() => clinicContent({ timeZone: 'Mars/Olympus' })(minimal())).toThrow(/^\[clinic-content\] invalid option timeZone/)
})

describe('preview', () => {
  test('drafted content gets a preview link to the frontend; quotes (no page) do not', () => {
    const config = clinicContent({ preview: { url: 'https://www.alt.test', paths: { services: '/treatments/{slug}' } } })(minimal())
    expect(find(config, collectionSlugs.articles).admin?.preview).toEqual(expect.any(Function))
    expect(find(config, collectionSlugs.services).admin?.livePreview?.url).toEqual(expect.any(Function))
    expect(find(config, collectionSlugs.quotes).admin?.preview).toBeUndefined()
    expect(config.globals?.find((global) => global.slug === globalSlugs.clinicInfo)?.admin?.preview).toEqual(expect.any(Function))
    expect(config.endpoints?.map((endpoint) => endpoint.path)).toContain('/preview-token/verify')
  })

  test('without a website address the Preview button is there, disabled, saying what is missing', () => {
    const saved = process.env.PREVIEW_URL
    delete process.env.PREVIEW_URL
    try {
      const articles = find(clinicContent()(minimal()), collectionSlugs.articles)
      expect(articles.admin?.components?.edit?.PreviewButton).toBe('@alt-clinic/payload-clinic-content/client#PreviewNotSetUp')
      expect(articles.admin?.livePreview).toBeUndefined()
    } finally {
      if (saved !== undefined) process.env.PREVIEW_URL = saved
    }
  })

  test('preview: false leaves the admin without preview buttons', () => {
    const config = clinicContent({ preview: false })(minimal())
    expect(find(config, collectionSlugs.articles).admin?.preview).toBeUndefined()
  })
})
