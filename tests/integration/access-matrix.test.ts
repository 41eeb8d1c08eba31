import type { Payload } from 'payload'

import { collectionSlugs } from '../../src/slugs'
import { graphql, idType, rest, startPayload } from '../helpers/api'
import { submission } from '../helpers/intake'
import { staffTokens } from '../helpers/users'

/**
 * Who may do what to contact submissions and audit events, over REST and GraphQL. Every cell
 * runs against a document of its own, and a refused write is checked to have changed nothing.
 */
const submissions = collectionSlugs.contactSubmissions
const audit = collectionSlugs.auditEvents
type Caller = 'anonymous' | 'editor' | 'manager' | 'admin'
type Operation = 'read' | 'list' | 'update' | 'delete' | 'export'
const callers: Caller[] = ['anonymous', 'editor', 'manager', 'admin']

const allowed: Record<string, Record<Operation, Caller[]>> = {
  [submissions]: {
    read: ['manager', 'admin'],
    list: ['manager', 'admin'],
    update: ['manager', 'admin'],
    delete: ['manager', 'admin'],
    export: ['manager', 'admin'],
  },
  // Append-only: admins read it; nobody changes it. (It has no export.)
  [audit]: { read: ['admin'], list: ['admin'], update: [], delete: [], export: [] },
}

let payload: Payload
let tokens: Record<Exclude<Caller, 'anonymous'>, string>

beforeAll(async () => {
  payload = await startPayload()
  tokens = await staffTokens(payload)
})
afterAll(async () => {
  await payload.destroy()
})

const tokenOf = (caller: Caller) => (caller === 'anonymous' ? undefined : tokens[caller])

/** A fresh document to act on: a submission, or an audit event (made by a manager reading one). */
const freshDoc = async (collection: string) => {
  const doc = await payload.create({ collection: submissions, data: submission(payload) as never })
  if (collection === submissions) return doc.id
  await rest('GET', `/${submissions}/${doc.id}`, { token: tokens.manager })
  const { docs } = await payload.find({ collection: audit, where: { documentIds: { in: [String(doc.id)] } }, sort: '-createdAt', limit: 1 })
  return docs[0].id
}

const exists = async (collection: string, id: number | string) =>
  (await payload.count({ collection: collection as never, where: { id: { equals: id } } })).totalDocs === 1

const restCall = async (collection: string, operation: Operation, caller: Caller, id: number | string) => {
  const token = tokenOf(caller)
  const paths: Record<Operation, [string, string, object?]> = {
    read: ['GET', `/${collection}/${id}`],
    list: ['GET', `/${collection}?where[id][equals]=${id}`],
    update: ['PATCH', `/${collection}/${id}`, collection === submissions ? { addNote: 'changed' } : { actor: 'changed' }],
    delete: ['DELETE', `/${collection}/${id}`],
    export: ['GET', `/${collection}/export?where[id][equals]=${id}`],
  }
  const [method, path, body] = paths[operation]
  const res = await rest(method as 'GET', path, { token, body })
  // A list is 200 for callers whose access filters rows; count what came back.
  return res.status === 200 && operation === 'list' && res.body.docs.length === 0 ? 403 : res.status
}

const graphqlCall = async (collection: string, operation: Operation, caller: Caller, id: number | string) => {
  const [single, plural] = collection === submissions ? ['ContactSubmission', 'ContactSubmissions'] : ['AuditEvent', 'AuditEvents']
  const queries: Record<Exclude<Operation, 'export'>, string> = {
    read: `query ($id: ${idType}) { result: ${single}(id: $id) { id } }`,
    list: `query ($id: ${idType.replace('!', '')}) { result: ${plural}(where: { id: { equals: $id } }) { docs { id } } }`,
    update: `mutation ($id: ${idType}) { result: update${single}(id: $id, data: { ${collection === submissions ? 'addNote' : 'actor'}: "changed" }) { id } }`,
    delete: `mutation ($id: ${idType}) { result: delete${single}(id: $id) { id } }`,
  }
  const res = await graphql(queries[operation as Exclude<Operation, 'export'>], { token: tokenOf(caller), variables: { id } })
  const result = res.body.data?.result
  if (res.body.errors?.length) return res.body.errors[0].extensions?.statusCode ?? 500
  return result && (!('docs' in result) || result.docs.length > 0) ? 200 : 403
}

const cases = [submissions, audit].flatMap((collection) =>
  (['read', 'list', 'update', 'delete', 'export'] as Operation[]).flatMap((operation) =>
    callers.map((caller) => [collection, operation, caller, allowed[collection][operation].includes(caller)] as const),
  ),
)

describe.each(['REST', 'GraphQL'])('over %s', (api) => {
  const relevant = cases.filter(([collection, operation]) => !(operation === 'export' && (api === 'GraphQL' || collection === audit)))

  test.each(relevant)('%s: %s by %s → allowed: %s', async (collection, operation, caller, isAllowed) => {
    const id = await freshDoc(collection)
    const status = await (api === 'REST' ? restCall : graphqlCall)(collection, operation, caller, id)
    if (isAllowed) {
      expect(status).toBe(200)
    } else {
      expect(status).toBe(403)
    }
    if (operation === 'delete') expect(await exists(collection, id)).toBe(!isAllowed)
    if (operation === 'update' && !isAllowed) {
      const doc = (await payload.findByID({ collection: collection as never, id })) as Record<string, unknown>
      const changed = collection === submissions ? (doc.notes as { text: string }[]).some((note) => note.text === 'changed') : doc.actor === 'changed'
      expect(changed).toBe(false)
    }
  })
})
