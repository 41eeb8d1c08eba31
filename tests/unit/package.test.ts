import type { Config } from 'payload'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { readFileSync } from 'node:fs'

import { clinicContent } from '../../src/plugin'
import { packageName } from '../../src/packageEntries'
import pkg from '../../package.json' with { type: 'json' }

/**
 * Every admin component the plugin adds, found anywhere in its output config: under each
 * `components` key (the admin's, a collection's, a field's), a string or `{ path }` reference.
 * A custom view's own `path` is its URL, and `clientProps`/`serverProps` are data, not components.
 */
const componentReferences = (value: unknown, underComponents = false, found: string[] = []): string[] => {
  if (Array.isArray(value)) for (const item of value) componentReferences(item, underComponents, found)
  else if (value && typeof value === 'object') {
    const isView = 'Component' in value
    for (const [key, child] of Object.entries(value)) {
      if ((isView && key === 'path') || key === 'clientProps' || key === 'serverProps') continue
      componentReferences(child, underComponents || key === 'components', found)
    }
  } else if (underComponents && typeof value === 'string') found.push(value)
  return found
}

const everything = clinicContent()({ secret: 'x', db: undefined as never, editor: lexicalEditor() } satisfies Config)
const references = [...new Set(componentReferences(everything))]

test('the plugin’s own components are named by package, never by a path a host app would not have', () => {
  const ours = references.filter((reference) => !reference.startsWith('@payloadcms/'))
  expect(ours.map((reference) => reference.split('#')[1]).sort()).toEqual(
    ['CurrentPasswordField', 'ExportCsvButton', 'FormErrorSummary', 'LiveReadability', 'NoteRowLabel', 'PersonName', 'ReviewRequestPanel', 'RoleDashboard', 'ScheduledChanges', 'ScheduledChangesCell', 'TwoFactorGate', 'TwoFactorView', 'VersionHistory', 'WebhookActions'],
  )
  expect(references.filter((reference) => /^[./]/.test(reference))).toEqual([])
  for (const reference of ours) expect(reference).toMatch(new RegExp(`^${packageName}/(client|rsc)#\\w+$`))
})

// Read, not imported: the components pull in the admin's CSS, which only Next loads.
const exportedBy = (entry: string) =>
  [...readFileSync(new URL(`../../src/exports/${entry}.ts`, import.meta.url), 'utf8').matchAll(/export \{ ([\w, ]+) \}/g)].flatMap(([, names]) => names.split(', '))

test('each named component is exported by the entry it names', () => {
  for (const reference of references.filter((name) => name.startsWith(packageName))) {
    const [, entry, name] = reference.match(/\/(client|rsc)#(\w+)$/)!
    expect({ reference, exported: exportedBy(entry).includes(name) }).toEqual({ reference, exported: true })
  }
})

test('the package name the components use is the one package.json publishes', () => {
  expect(pkg.name).toBe(packageName)
  expect(Object.keys(pkg.exports)).toEqual(expect.arrayContaining(['.', './client', './rsc', './types']))
})
