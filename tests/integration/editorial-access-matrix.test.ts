import type { Payload } from 'payload'

import type { Role } from '../../src/slugs'

import { paragraph, richText } from '../../seed/lexical'
import { contentPolicy } from '../../src/access/policy'
import { collectionSlugs, globalSlugs, roles } from '../../src/slugs'
import { graphql, idType, rest, startPayload } from '../helpers/api'
import { tokenFor } from '../helpers/users'

/**
 * Every role × content type × operation × API, generated from the declared policy
 * (src/access/policy.ts): the expectation of each cell is worked out from the table, then the
 * operation is really attempted over REST, GraphQL and the Local API (overrideAccess: false)
 * and its effect checked in the database.
 */
type Caller = Role | 'anonymous'
type Operation = 'read published' | 'read draft' | 'read versions' | 'create' | 'save draft' | 'publish' | 'delete' | 'delete own draft'
type Api = 'REST' | 'GraphQL' | 'Local API'

const callers: Caller[] = ['anonymous', ...roles]
const apis: Api[] = ['REST', 'GraphQL', 'Local API']

const collections = {
  [collectionSlugs.articles]: { type: 'Article', drafts: true, data: (mark: string) => ({ title: mark, slug: mark, body: richText([paragraph(`${mark}.`)]) }), label: 'title', reviewed: true },
  [collectionSlugs.services]: { type: 'Service', drafts: true, data: (mark: string) => ({ name: mark, slug: mark }), label: 'name', reviewed: true },
  [collectionSlugs.providerDiscounts]: { type: 'ProviderDiscount', drafts: true, data: (mark: string) => ({ title: mark, slug: mark, eligibility: 'Nurses.' }), label: 'title', reviewed: false },
  [collectionSlugs.quotes]: { type: 'Quote', drafts: false, data: (mark: string) => ({ text: mark, attribution: 'Someone', slug: mark }), label: 'text', reviewed: false },
  // Its label is the address (`from`), so the marks written to it are paths.
  [collectionSlugs.redirects]: { type: 'Redirect', drafts: false, data: (mark: string) => ({ from: `/${mark}`, to: { type: 'custom', url: '/' } }), label: 'from', reviewed: false },
} as const
type Slug = keyof typeof collections

/** A mark as the collection's label field holds it: a path for redirects, the text itself elsewhere. */
const asLabel = (slug: Slug, text: string) => (slug === collectionSlugs.redirects ? `/${text}` : text)

/** What the policy table says a caller may do. */
const allowed = (caller: Caller, policy: { write: readonly Role[]; publish: readonly Role[] }, operation: Operation, drafts: boolean) => {
  if (operation === 'read published') return true
  if (caller === 'anonymous') return false
  if (operation === 'read draft' || operation === 'read versions') return true
  // Writers delete their own drafts that were never published (src/access/deleteOwnDrafts.ts).
  if (operation === 'delete own draft') return policy.write.includes(caller)
  if (operation === 'publish' || operation === 'delete' || !drafts) return policy.publish.includes(caller)
  return policy.write.includes(caller)
}

let payload: Payload
const tokens = {} as Record<Caller, string | undefined>
const users = {} as Record<Caller, any>
let reviewerId: number | string
let counter = 0
const mark = () => `cell-${++counter}`

beforeAll(async () => {
  payload = await startPayload()
  for (const role of roles) {
    const { token, user } = await tokenFor(payload, role)
    tokens[role] = token
    users[role] = { ...user, collection: collectionSlugs.users }
  }
  reviewerId = users['clinical-reviewer'].id
})
afterAll(async () => {
  await payload.destroy()
})

const review = () => ({ reviewedBy: reviewerId, lastReviewedAt: new Date().toISOString() })

/** A published document whose latest version is a draft labelled `DRAFT-…` (server-side setup). */
const fixture = async (slug: Slug) => {
  const { data, label, drafts } = collections[slug]
  const name = mark()
  const doc = await payload.create({ collection: slug, data: { ...data(name), ...(drafts ? { _status: 'published' } : {}) } as never, context: { seeding: true } })
  if (drafts) await payload.update({ collection: slug, id: doc.id, draft: true, data: { [label]: `DRAFT-${name}` } as never, context: { seeding: true } })
  return { id: doc.id, draftLabel: `DRAFT-${name}` }
}
const stored = (slug: Slug, id: number | string) => payload.findByID({ collection: slug, id, draft: true, disableErrors: true, depth: 0 }) as Promise<any>

/** Attempts one operation; returns whether it took effect. */
const attempt = async (api: Api, caller: Caller, slug: Slug, operation: Operation): Promise<boolean> => {
  const { type, data, label, drafts, reviewed } = collections[slug]
  const token = tokens[caller]
  const user = users[caller]
  const local = { collection: slug, overrideAccess: false, user, depth: 0 } as const
  const gql = (query: string, variables: object) => graphql(query, { token, variables })

  if (operation === 'read versions') {
    const { id, draftLabel } = await fixture(slug)
    const where = { parent: { equals: id } }
    const docs: { version?: Record<string, unknown> }[] =
      api === 'REST'
        ? ((await rest('GET', `/${slug}/versions?where[parent][equals]=${id}&depth=0`, { token })).body?.docs ?? [])
        : api === 'GraphQL'
          ? ((await gql(`query ($id: JSON) { result: versions${type}s(where: { parent: { equals: $id } }) { docs { version { ${label} } } } }`, { id })).body.data?.result?.docs ?? [])
          : ((await payload.findVersions({ ...local, where }).catch(() => null))?.docs ?? [])
    return docs.some((doc) => doc.version?.[label] === draftLabel)
  }
  if (operation === 'read published' || operation === 'read draft') {
    const { id, draftLabel } = await fixture(slug)
    const draft = operation === 'read draft'
    const seen =
      api === 'REST'
        ? (await rest('GET', `/${slug}/${id}${draft ? '?draft=true' : ''}`, { token })).body?.[label]
        : api === 'GraphQL'
          ? (await gql(`query ($id: ${idType}) { ${type}(id: $id, draft: ${draft}) { ${label} } }`, { id })).body.data?.[type]?.[label]
          : ((await payload.findByID({ ...local, id, draft }).catch(() => null)) as any)?.[label]
    return draft && drafts ? seen === draftLabel : typeof seen === 'string'
  }
  if (operation === 'create') {
    const input = data(mark())
    const params = drafts ? '?draft=true' : ''
    if (api === 'REST') await rest('POST', `/${slug}${params}`, { token, body: input })
    else if (api === 'GraphQL') await gql(`mutation ($data: mutation${type}Input!) { create${type}(data: $data${drafts ? ', draft: true' : ''}) { id } }`, { data: input })
    else await payload.create({ ...local, data: input as never, draft: drafts as true }).catch(() => null)
    const key = label === 'from' ? 'from' : 'slug'
    return (await payload.count({ collection: slug, where: { [key]: { equals: (input as Record<string, string>)[key] } } })).totalDocs === 1
  }
  // A draft the caller made and never published (for anonymous, which cannot make one, the server's).
  const { id } =
    operation === 'delete own draft'
      ? await payload.create({ collection: slug, data: data(mark()) as never, draft: true, ...(user ? { user, overrideAccess: true } : {}) })
      : await fixture(slug)
  if (operation === 'delete' || operation === 'delete own draft') {
    if (api === 'REST') await rest('DELETE', `/${slug}/${id}`, { token })
    else if (api === 'GraphQL') await gql(`mutation ($id: ${idType}) { delete${type}(id: $id) { id } }`, { id })
    else await payload.delete({ ...local, id }).catch(() => null)
    return (await stored(slug, id)) === null
  }
  const publish = operation === 'publish'
  const change = publish ? { ...(reviewed ? review() : {}), _status: 'published', [label]: `LIVE-${id}` } : { [label]: asLabel(slug, `EDIT-${id}`) }
  const asDraft = drafts && !publish
  if (api === 'REST') await rest('PATCH', `/${slug}/${id}${asDraft ? '?draft=true' : ''}`, { token, body: change })
  else if (api === 'GraphQL') await gql(`mutation ($id: ${idType}, $data: mutation${type}UpdateInput!) { update${type}(id: $id, data: $data${asDraft ? ', draft: true' : ''}) { id } }`, { id, data: change })
  else await payload.update({ ...local, id, data: change as never, draft: asDraft }).catch(() => null)
  const after = await stored(slug, id)
  return publish ? after?._status === 'published' && after[label] === `LIVE-${id}` : after?.[label] === asLabel(slug, `EDIT-${id}`)
}

const operationsFor = (drafts: boolean): Operation[] =>
  drafts
    ? ['read published', 'read draft', 'read versions', 'create', 'save draft', 'publish', 'delete', 'delete own draft']
    : ['read published', 'create', 'save draft', 'delete']

for (const [slug, { drafts }] of Object.entries(collections) as [Slug, (typeof collections)[Slug]][]) {
  const policy = contentPolicy[slug]
  describe(slug, () => {
    const cells = callers.flatMap((caller) => operationsFor(drafts).flatMap((operation) => apis.map((api) => [caller, operation, api, allowed(caller, policy, operation, drafts)] as const)))
    test.each(cells)('%s · %s · %s → allowed: %s', async (caller, operation, api, expected) => {
      expect(await attempt(api, caller, slug, operation)).toBe(expected)
    })
  })
}

describe(globalSlugs.clinicInfo, () => {
  const policy = contentPolicy[globalSlugs.clinicInfo]
  const operations: Operation[] = ['read published', 'read draft', 'read versions', 'save draft', 'publish']
  beforeAll(async () => {
    await payload.updateGlobal({ slug: globalSlugs.clinicInfo, data: { name: 'ALT.', _status: 'published' }, context: { seeding: true } })
  })

  const attemptGlobal = async (api: Api, caller: Caller, operation: Operation) => {
    const token = tokens[caller]
    const local = { slug: globalSlugs.clinicInfo, overrideAccess: false, user: users[caller], depth: 0 } as const
    if (operation.startsWith('read')) {
      const draftName = `DRAFT-${mark()}`
      await payload.updateGlobal({ slug: globalSlugs.clinicInfo, draft: true, data: { name: draftName }, context: { seeding: true } })
      if (operation === 'read versions') {
        const versions: { version?: { name?: string } }[] =
          api === 'REST'
            ? ((await rest('GET', `/globals/${globalSlugs.clinicInfo}/versions?depth=0`, { token })).body?.docs ?? [])
            : api === 'GraphQL'
              ? ((await graphql('{ versionsClinicInfo { docs { version { name } } } }', { token })).body.data?.versionsClinicInfo?.docs ?? [])
              : ((await payload.findGlobalVersions({ ...local }).catch(() => null))?.docs ?? [])
        return versions.some((doc) => doc.version?.name === draftName)
      }
      const draft = operation === 'read draft'
      const seen =
        api === 'REST'
          ? (await rest('GET', `/globals/${globalSlugs.clinicInfo}${draft ? '?draft=true' : ''}`, { token })).body?.name
          : api === 'GraphQL'
            ? (await graphql(`{ ClinicInfo(draft: ${draft}) { name } }`, { token })).body.data?.ClinicInfo?.name
            : ((await payload.findGlobal({ ...local, draft }).catch(() => null)) as any)?.name
      return draft ? seen === draftName : seen === 'ALT.'
    }
    const publish = operation === 'publish'
    const name = `${publish ? 'LIVE' : 'EDIT'}-${mark()}`
    const data = publish ? { name, _status: 'published' } : { name }
    if (api === 'REST') await rest('POST', `/globals/${globalSlugs.clinicInfo}${publish ? '' : '?draft=true'}`, { token, body: data })
    else if (api === 'GraphQL') await graphql(`mutation ($data: mutationClinicInfoInput!) { updateClinicInfo(data: $data, draft: ${!publish}) { name } }`, { token, variables: { data } })
    else await payload.updateGlobal({ ...local, data: data as never, draft: !publish }).catch(() => null)
    const after = (await payload.findGlobal({ slug: globalSlugs.clinicInfo, draft: !publish, depth: 0 })) as any
    const changed = after.name === name
    // Put the published name back for the next cell.
    if (publish && changed) await payload.updateGlobal({ slug: globalSlugs.clinicInfo, data: { name: 'ALT.', _status: 'published' }, context: { seeding: true } })
    return changed
  }

  const cells = callers.flatMap((caller) => operations.flatMap((operation) => apis.map((api) => [caller, operation, api, allowed(caller, policy, operation, true)] as const)))
  test.each(cells)('%s · %s · %s → allowed: %s', async (caller, operation, api, expected) => {
    expect(await attemptGlobal(api, caller, operation)).toBe(expected)
  })
})
