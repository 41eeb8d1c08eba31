import type { JSONSchema4 } from 'json-schema'
import type { SanitizedConfig } from 'payload'

import { configToJSONSchema } from 'payload'

type Schema = JSONSchema4 & Record<string, unknown>

/** The component name of a collection or global: its TypeScript interface name (`Article`, `ClinicInfo`). */
const componentName = (definitions: Record<string, Schema>, slug: string) => (definitions[slug].title as string | undefined) ?? slug

/**
 * The JSON Schemas of the given collections and globals, as OpenAPI components, from Payload's
 * own `configToJSONSchema` (the one `payload-types.ts` is generated from), so the document and
 * the TypeScript types describe the same fields. Relationships to anything outside `slugs`
 * (staff accounts, private collections) are described as the id the public API answers with.
 */
export const entitySchemas = (config: SanitizedConfig, idType: 'number' | 'text', slugs: string[]) => {
  const definitions = configToJSONSchema(config, idType).definitions as Record<string, Schema>
  // REST answers name a global in `globalType`, which the TypeScript types leave out.
  for (const { slug } of config.globals) {
    definitions[slug] = { ...definitions[slug], properties: { ...definitions[slug].properties, globalType: { type: 'string', const: slug } } }
  }
  const names = Object.fromEntries(slugs.map((slug) => [slug, componentName(definitions, slug)]))
  const isPublicRef = (ref: unknown) => typeof ref === 'string' && ref.replace('#/definitions/', '') in names

  const convert = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(convert)
    if (!node || typeof node !== 'object') return node
    const schema = node as Schema
    // A relationship is `oneOf: [id, $ref]`: drop the branch naming a private collection.
    if (Array.isArray(schema.oneOf) && schema.oneOf.some((branch) => branch.$ref && !isPublicRef(branch.$ref))) {
      const kept = schema.oneOf.filter((branch) => !branch.$ref || isPublicRef(branch.$ref))
      const { oneOf: _, ...rest } = schema
      return convert(kept.length === 1 ? { ...rest, ...kept[0] } : { ...rest, oneOf: kept })
    }
    // An optional select is `type: [string, null]` with an enum of its options: null is allowed too
    // (payload-types.ts says `| null`), but a validator reads the enum as the only values.
    if (Array.isArray(schema.enum) && Array.isArray(schema.type) && schema.type.includes('null') && !schema.enum.includes(null)) {
      return convert({ ...schema, enum: [...schema.enum, null] })
    }
    // A relationship to several collections is `oneOf` one object per collection, each `[object,
    // null]`: null then matches all of them, which `oneOf` refuses. Null is its own branch instead.
    if (Array.isArray(schema.oneOf) && schema.oneOf.filter((branch) => Array.isArray(branch.type) && branch.type.includes('null')).length > 1) {
      const branches = schema.oneOf.map((branch) => (Array.isArray(branch.type) ? { ...branch, type: branch.type.filter((type) => type !== 'null') } : branch))
      return convert({ ...schema, oneOf: [{ type: 'null' }, ...branches.map((branch) => (branch.type?.length === 1 ? { ...branch, type: branch.type[0] } : branch))] })
    }
    // A `json` field may hold anything, arrays included: any items (OpenAPI linters want them named).
    if (Array.isArray(schema.type) && schema.type.includes('array') && !schema.items) return convert({ ...schema, items: {} })
    return Object.fromEntries(
      Object.entries(schema)
        // `tsType` is a hint for the TypeScript generator, not JSON Schema.
        .filter(([key]) => key !== 'tsType')
        .map(([key, value]) => {
          if (key === '$ref' && typeof value === 'string') {
            const slug = value.replace('#/definitions/', '')
            return [key, `#/components/schemas/${names[slug] ?? slug}`]
          }
          return [key, convert(value)]
        }),
    )
  }

  const schemas: Record<string, Schema> = {}
  for (const slug of slugs) schemas[names[slug]] = convert(definitions[slug]) as Schema
  // Definitions the entities point at besides each other (e.g. supportedTimezones).
  const pending = JSON.stringify(schemas).match(/#\/components\/schemas\/[^"]+/g) ?? []
  for (const ref of new Set(pending)) {
    const name = ref.replace('#/components/schemas/', '')
    if (!schemas[name] && definitions[name]) schemas[name] = convert(definitions[name]) as Schema
  }
  return { schemas, names }
}
