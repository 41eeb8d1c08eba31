import type { CollectionConfig, Field, GlobalConfig } from 'payload'

import { lexicalEditor } from '@payloadcms/richtext-lexical'

import { clinicContent } from '../../src/plugin'
import { collectionSlugs, globalSlugs } from '../../src/slugs'

// The collections as the plugin adds them (with the SEO plugin's tab).
const built = clinicContent()({ secret: 'x', db: undefined as never, editor: lexicalEditor() })
const collection = (slug: string) => built.collections!.find((entry) => entry.slug === slug)!
const Articles = collection(collectionSlugs.articles)
const Services = collection(collectionSlugs.services)
const Quotes = collection(collectionSlugs.quotes)
const ProviderDiscounts = collection(collectionSlugs.providerDiscounts)
const Media = collection(collectionSlugs.media)
const ClinicInfo = built.globals!.find((entry) => entry.slug === globalSlugs.clinicInfo)!

// Marketing staff edit these; every field they see explains itself.
const staffFacing: (CollectionConfig | GlobalConfig)[] = [Articles, Services, Quotes, ProviderDiscounts, Media, ClinicInfo]
// Payload's own slug field (and its lock toggle) explain themselves in the admin, and so does
// the SEO plugin's `meta` group: the only thing in its SEO tab, each field inside described.
const selfExplanatory = new Set(['slug', 'generateSlug', 'meta'])

/** Every named field a person fills in, with its path, through tabs, rows, groups and arrays. */
const namedFields = (fields: Field[], prefix = ''): { path: string; field: Field }[] =>
  fields.flatMap((field) => {
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => namedFields(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix))
    const path = 'name' in field ? `${prefix}${field.name}` : prefix
    const nested = 'fields' in field ? namedFields(field.fields, 'name' in field ? `${path}.` : prefix) : []
    // UI fields (the SEO plugin's overview and search preview) show things; nobody fills them in.
    const filledIn = 'name' in field && field.type !== 'ui' && !(field.admin as { hidden?: boolean } | undefined)?.hidden
    return filledIn ? [{ path, field }, ...nested] : nested
  })

test.each(staffFacing.map((entity) => [entity.slug, entity] as const))('%s: a description on the collection and on every field', (_, entity) => {
  expect(entity.admin?.description).toEqual(expect.any(String))
  expect(namedFields(entity.fields).length).toBeGreaterThan(0)
  const missing = namedFields(entity.fields)
    .filter(({ path, field }) => !selfExplanatory.has(path) && !(field.admin && 'description' in field.admin && field.admin.description))
    .map(({ path }) => path)
  expect(missing).toEqual([])
})

test.each([Articles, Services, Quotes, ProviderDiscounts].map((collection) => [collection.slug, collection] as const))(
  '%s: a title, list columns that exist, a default sort',
  (_, collection) => {
    const paths = new Set(['_status', 'updatedAt', 'createdAt', ...namedFields(collection.fields).map(({ path }) => path)])
    expect(paths.has(collection.admin!.useAsTitle!)).toBe(true)
    // A UI field makes a column only if it has a cell to draw (the "Scheduled" column does).
    const cells = new Set(collection.fields.filter((field) => field.type === 'ui' && field.admin?.components?.Cell).map((field) => ('name' in field ? field.name : '')))
    expect(collection.admin?.defaultColumns?.filter((column) => !paths.has(column) && !cells.has(column))).toEqual([])
    expect(collection.defaultSort).toEqual(expect.any(String))
  },
)

test('articles and services group their fields in Content, Clinical review, Readability and SEO tabs', () => {
  for (const collection of [Articles, Services]) {
    const tabs = collection.fields.find((field) => field.type === 'tabs')
    expect(tabs && 'tabs' in tabs && tabs.tabs.map((tab) => tab.label)).toEqual(['Content', 'Clinical review', 'Readability', 'SEO'])
  }
})

test('media: staff see the file, its alt text, type and size; where it sits in the bucket stays out of sight', async () => {
  const { mediaStorage } = await import('../../src/storage')
  const config = await mediaStorage({ S3_BUCKET: 'media', S3_REGION: 'us-east-1', S3_PREFIX: 'site' })({ ...built, collections: [Media] } as never)
  const media = config.collections!.find((entry) => entry.slug === collectionSlugs.media)!
  expect(media.admin?.defaultColumns).toEqual(['filename', 'alt', 'mimeType', 'filesize', 'updatedAt'])
  const storage = media.fields.filter((field) => 'name' in field && ['prefix', '_objectKey'].includes(field.name))
  expect(storage.map((field) => [(field as { name: string }).name, (field.admin as { hidden?: boolean } | undefined)?.hidden])).toEqual([
    ['prefix', true],
    ['_objectKey', true],
  ])
})

test('dates read the same everywhere in the admin, with the year: "3 Dec 2026, 10:00", or "3 Dec 2026" for a day', () => {
  const dates = [...staffFacing, collection(collectionSlugs.contactSubmissions)]
    .flatMap((entity) => namedFields(entity.fields, `${entity.slug}.`))
    .filter(({ field }) => field.type === 'date')
  expect(dates.length).toBeGreaterThan(5)
  for (const { path, field } of dates) {
    const { pickerAppearance, displayFormat } = (field.admin as { date?: { pickerAppearance?: string; displayFormat?: string } }).date ?? {}
    expect([path, displayFormat]).toEqual([path, pickerAppearance === 'dayAndTime' ? 'd MMM yyyy, HH:mm' : 'd MMM yyyy'])
  }
  expect(built.admin?.dateFormat).toBe('d MMM yyyy, HH:mm')
})
