import type { OpenAPIV3_1 } from 'openapi-types'

import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

type Document = OpenAPIV3_1.Document
type Answer = { status: number; body: unknown; contentType?: string | null }

const withoutRequired = (node: unknown): any => {
  if (Array.isArray(node)) return node.map(withoutRequired)
  if (!node || typeof node !== 'object') return node
  return Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'required').map(([key, value]) => [key, withoutRequired(value)]))
}

/** `/api/articles/7` → the document's path template `/api/articles/{id}`. */
const templateOf = (document: Document, path: string) => {
  const bare = path.split('?')[0]
  if (document.paths?.[bare]) return bare
  return Object.keys(document.paths ?? {}).find((template) => new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(bare))
}

/**
 * Checks real answers against an OpenAPI document with ajv (JSON Schema 2020-12, as OpenAPI 3.1
 * uses): `check(method, path, answer)` fails unless the path, method and status are documented
 * and the JSON body matches that response's schema. `unchecked()` lists the documented
 * responses no check has covered yet, so a test can insist on all of them.
 */
export const contractOf = (document: Document) => {
  const validator = (doc: object) => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true })
    addFormats(ajv)
    // The document's own members, so that strict mode takes it as a schema holding the others.
    ajv.addVocabulary(['openapi', 'info', 'servers', 'tags', 'paths', 'webhooks', 'components'])
    return ajv.addSchema(doc, 'openapi')
  }
  const full = validator(document)
  // What the `select` parameter promises: the same schemas with every field optional.
  const partial = validator({ ...document, components: { ...document.components, schemas: withoutRequired(document.components?.schemas) } })
  const covered = new Set<string>()
  const responseOf = (method: string, template: string, status: number) => {
    const operation = (document.paths?.[template] as Record<string, OpenAPIV3_1.OperationObject>)?.[method]
    let response = operation?.responses?.[String(status)] as OpenAPIV3_1.ResponseObject | OpenAPIV3_1.ReferenceObject | undefined
    let pointer = `#/paths/${template.replaceAll('~', '~0').replaceAll('/', '~1')}/${method}/responses/${status}`
    if (response && '$ref' in response) {
      pointer = response.$ref
      response = document.components!.responses![response.$ref.split('/').pop()!] as OpenAPIV3_1.ResponseObject
    }
    return { response, pointer }
  }

  return {
    check(method: string, path: string, { status, body, contentType }: Answer, { partial: isPartial = false } = {}) {
      const template = templateOf(document, path)
      if (!template) throw new Error(`${path} is not in the document`)
      const { response, pointer } = responseOf(method.toLowerCase(), template, status)
      if (!response) throw new Error(`${method} ${template} answered ${status}, which the document does not list`)
      covered.add(`${method.toLowerCase()} ${template} ${status}`)
      if (!response.content) return
      if (!contentType?.startsWith('application/json')) throw new Error(`${method} ${path} ${status}: content-type ${contentType}, documented as JSON`)
      const ajv = isPartial ? partial : full
      const validate = ajv.getSchema(`openapi${pointer}/content/application~1json/schema`)!
      if (!validate(body)) {
        throw new Error(`${method} ${path} ${status} does not match the document:\n${ajv.errorsText(validate.errors, { separator: '\n' })}\n${JSON.stringify(body).slice(0, 1500)}`)
      }
    },
    unchecked: () =>
      Object.entries(document.paths ?? {}).flatMap(([template, item]) =>
        Object.entries(item as Record<string, OpenAPIV3_1.OperationObject>).flatMap(([method, operation]) =>
          Object.keys(operation.responses ?? {})
            .map((status) => `${method} ${template} ${status}`)
            .filter((key) => !covered.has(key)),
        ),
      ),
  }
}
