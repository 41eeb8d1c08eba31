import type { Payload } from 'payload'

import { seedSlugs } from '../../seed/content'
import { seedClinicContent } from '../../seed/seed'
import { collectionSlugs, globalSlugs, roles } from '../../src/slugs'
import { startAppServer } from '../helpers/appServer'
import { startPayload } from '../helpers/api'
import { submission } from '../helpers/intake'
import { enrolTwoFactor } from '../helpers/twoFactor'
import { password } from '../helpers/users'

/**
 * A session that signed in with a password but has not given its second factor yet may enrol,
 * verify, read its own account and sign out; everything else it gets exactly as an anonymous
 * caller does. Checked through the real HTTP server for a pending session of every role, over
 * REST and GraphQL, across every collection and global of the config (Payload's own included).
 */

// Every role must use a second factor here, so each one's password sign-in is pending.
process.env.TWO_FACTOR_REQUIRED_ROLES = roles.join(',')

let payload: Payload
let server: Awaited<ReturnType<typeof startAppServer>>
const pending = {} as Record<(typeof roles)[number], { token: string; id: number | string; email: string }>
let articleId: number | string
/** An account locked by wrong passwords: unlocking it would end that. */
const locked = { email: 'locked@alt.test', id: 0 as number | string }

/** GraphQL list queries of every collection and global an API serves (the test checks this table against the config). */
const graphQLLists: Record<string, string> = {
  [collectionSlugs.articles]: 'Articles',
  [collectionSlugs.quotes]: 'Quotes',
  [collectionSlugs.services]: 'Services',
  [collectionSlugs.providerDiscounts]: 'ProviderDiscounts',
  [collectionSlugs.contactSubmissions]: 'ContactSubmissions',
  [collectionSlugs.auditEvents]: 'AuditEvents',
  [collectionSlugs.media]: 'allMedia',
  [collectionSlugs.webhooks]: 'Webhooks',
  [collectionSlugs.webhookDeliveries]: 'WebhookDeliveries',
  [collectionSlugs.redirects]: 'Redirects',
  [collectionSlugs.search]: 'Searches',
  'payload-kv': 'PayloadKvs',
  'payload-jobs': 'PayloadJobs',
  'payload-locked-documents': 'PayloadLockedDocuments',
  'payload-preferences': 'PayloadPreferences',
}
/** Version lists: every collection and global with versions. */
const graphQLVersions: Record<string, string> = {
  [collectionSlugs.articles]: 'versionsArticles',
  [collectionSlugs.services]: 'versionsServices',
  [collectionSlugs.providerDiscounts]: 'versionsProviderDiscounts',
  [globalSlugs.clinicInfo]: 'versionsClinicInfo',
}

beforeAll(async () => {
  payload = await startPayload()
  await seedClinicContent(payload)
  const context = { seeding: true }
  const [article] = (await payload.find({ collection: collectionSlugs.articles, where: { slug: { equals: seedSlugs.article } }, limit: 1 })).docs
  articleId = article.id
  // Something only staff may read on a published article, then an unpublished draft of it.
  await payload.update({ collection: collectionSlugs.articles, id: articleId, data: { claimCheck: { overrideReason: 'STAFF-ONLY reason' } }, context })
  await payload.update({ collection: collectionSlugs.articles, id: articleId, draft: true, data: { title: 'UNPUBLISHED draft title' }, context })
  await payload.updateGlobal({ slug: globalSlugs.clinicInfo, draft: true, data: { name: 'UNPUBLISHED clinic name' }, context })
  await payload.create({ collection: collectionSlugs.contactSubmissions, data: submission(payload) as never })

  for (const role of roles) {
    const email = `pending-${role}@alt.test`
    const user = await payload.create({ collection: collectionSlugs.users, data: { email, name: `${role} account`, password, roles: [role] } })
    // Each person's saved admin settings, and a lock they hold on the article.
    await payload.create({ collection: 'payload-preferences', data: { key: 'nav', value: { open: true } } as never, user: { ...user, collection: collectionSlugs.users } })
    pending[role] = { token: '', id: user.id, email }
  }
  await payload.create({
    collection: 'payload-locked-documents',
    data: { document: { relationTo: collectionSlugs.articles, value: articleId }, user: { relationTo: collectionSlugs.users, value: pending.admin.id } } as never,
  })

  locked.id = (await payload.create({ collection: collectionSlugs.users, data: { email: locked.email, name: 'Locked Out', password, roles: ['editor'] } })).id
  await payload.db.updateOne({ collection: collectionSlugs.users, id: locked.id, data: { lockUntil: new Date(Date.now() + 10 * 60_000).toISOString() } })

  server = await startAppServer(payload)
  for (const role of roles) {
    const login = await server.rest('POST', '/users/login', { body: { email: pending[role].email, password } })
    expect(login.body.user.twoFactorPending).toBe(true)
    pending[role].token = login.body.token
  }
})
afterAll(async () => {
  await server.close()
  await payload.destroy()
})

/** The parts of an answer that say what was served (not how: cache headers differ). */
const served = (answer: { status: number; body: unknown }) => ({ status: answer.status, body: answer.body })

test('the tables of queries cover every collection and global of the config', () => {
  const apiCollections = payload.config.collections.filter((collection) => collection.endpoints !== false && collection.slug !== collectionSlugs.users)
  expect(Object.keys(graphQLLists).sort()).toEqual(apiCollections.map((collection) => collection.slug).sort())
  const versioned = [...payload.config.collections, ...payload.config.globals].filter((entity) => entity.versions)
  expect(Object.keys(graphQLVersions).sort()).toEqual(versioned.map((entity) => entity.slug).sort())
})

describe.each(roles)('a %s waiting for their second factor', (role) => {
  const token = () => pending[role].token

  test('reads every collection and global over REST exactly as an anonymous caller does (drafts, unbounded lists, staff-only fields included)', async () => {
    for (const collection of payload.config.collections.filter((each) => each.endpoints !== false && each.slug !== collectionSlugs.users)) {
      for (const query of ['?limit=1000&depth=0', '?draft=true&limit=5']) {
        const path = `/${collection.slug}${query}`
        const [anonymous, theirs] = [await server.rest('GET', path), await server.rest('GET', path, { token: token() })]
        expect({ path, ...served(theirs) }).toEqual({ path, ...served(anonymous) })
      }
    }
    for (const path of [`/${collectionSlugs.articles}/${articleId}?depth=0`, `/${collectionSlugs.articles}/${articleId}?draft=true&depth=0`]) {
      const [anonymous, theirs] = [await server.rest('GET', path), await server.rest('GET', path, { token: token() })]
      expect({ path, ...served(theirs) }).toEqual({ path, ...served(anonymous) })
    }
    for (const global of payload.config.globals) {
      for (const path of [`/globals/${global.slug}?depth=0`, `/globals/${global.slug}?draft=true&depth=0`]) {
        const [anonymous, theirs] = [await server.rest('GET', path), await server.rest('GET', path, { token: token() })]
        expect({ path, ...served(theirs) }).toEqual({ path, ...served(anonymous) })
      }
    }
  })

  test('reads every collection over GraphQL exactly as an anonymous caller does', async () => {
    for (const list of Object.values(graphQLLists)) {
      const query = `{ result: ${list}(draft: true, limit: 1000) { totalDocs limit docs { id } } }`
      const [anonymous, theirs] = [await server.graphql(query), await server.graphql(query, { token: token() })]
      expect({ list, answer: theirs.body }).toEqual({ list, answer: anonymous.body })
    }
    for (const query of ['{ ClinicInfo(draft: true) { name } }', '{ PayloadJobsStat { stats } }']) {
      const [anonymous, theirs] = [await server.graphql(query), await server.graphql(query, { token: token() })]
      expect({ query, answer: theirs.body }).toEqual({ query, answer: anonymous.body })
    }
    const article = `query ($id: ${typeof articleId === 'number' ? 'Int!' : 'String!'}) { Article(id: $id, draft: true) { title claimCheck { overrideReason } } }`
    const [anonymous, theirs] = [await server.graphql(article, { variables: { id: articleId } }), await server.graphql(article, { token: token(), variables: { id: articleId } })]
    expect(theirs.body).toEqual(anonymous.body)
    expect(JSON.stringify(theirs.body)).not.toMatch(/UNPUBLISHED|STAFF-ONLY/)
  })

  test('reads no versions of any collection or global, over REST or GraphQL', async () => {
    for (const [slug, query] of Object.entries(graphQLVersions)) {
      const isGlobal = payload.config.globals.some((global) => global.slug === slug)
      const rest = await server.rest('GET', `${isGlobal ? '/globals' : ''}/${slug}/versions?depth=0`, { token: token() })
      expect({ slug, status: rest.status }).toEqual({ slug, status: 403 })
      const gql = await server.graphql(`{ ${query} { docs { id } } }`, { token: token() })
      expect({ slug, data: gql.body.data?.[query] ?? null, error: gql.body.errors?.[0]?.extensions?.statusCode }).toEqual({ slug, data: null, error: 403 })
    }
  })

  test('cannot lock a document, nor change or release a lock, nor save admin preferences', async () => {
    const lock = { document: { relationTo: collectionSlugs.articles, value: articleId }, user: { relationTo: collectionSlugs.users, value: pending[role].id } }
    expect((await server.rest('POST', '/payload-locked-documents', { token: token(), body: lock })).status).toBe(403)
    const created = await server.graphql(`mutation ($data: mutationPayloadLockedDocumentInput!) { createPayloadLockedDocument(data: $data) { id } }`, {
      token: token(),
      variables: { data: lock },
    })
    expect(created.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    const existing = (await payload.find({ collection: 'payload-locked-documents', limit: 1 })).docs[0]
    expect((await server.rest('PATCH', `/payload-locked-documents/${existing.id}`, { token: token(), body: { globalSlug: 'x' } })).status).toBe(403)
    expect((await server.rest('DELETE', `/payload-locked-documents/${existing.id}`, { token: token() })).status).toBe(403)
    expect((await payload.count({ collection: 'payload-locked-documents' })).totalDocs).toBe(1)

    expect((await server.rest('POST', '/payload-preferences/nav', { token: token(), body: { value: { open: false } } })).status).toBe(403)
    expect((await server.rest('GET', '/payload-preferences/nav', { token: token() })).status).toBe(403)
    expect((await server.rest('DELETE', '/payload-preferences/nav', { token: token() })).status).toBe(403)
    expect((await server.rest('POST', '/payload-preferences', { token: token(), body: { key: 'other', value: {} } })).status).toBe(403)
    const preference = await server.graphql(`mutation { createPayloadPreference(data: { key: "other", value: {} }) { id } }`, { token: token() })
    expect(preference.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    const mine = await payload.find({ collection: 'payload-preferences', where: { 'user.value': { equals: pending[role].id } } })
    expect(mine.docs.map((doc) => [doc.key, doc.value])).toEqual([['nav', { open: true }]])
  })

  test('may not use the admin, unlock accounts or run jobs', async () => {
    // Payload's answer leaves out what is false.
    const access = await server.rest('GET', '/access', { token: token() })
    expect(access.body.collections).toEqual(expect.any(Object))
    expect(access.body.canAccessAdmin ?? false).toBe(false)
    // Over GraphQL as for an anonymous caller (Payload answers both with an error: its non-null field gets the left-out false).
    const query = '{ Access { canAccessAdmin } }'
    expect((await server.graphql(query, { token: token() })).body).toEqual((await server.graphql(query)).body)
    for (const email of [locked.email, pending[role].email]) {
      expect((await server.rest('POST', '/users/unlock', { token: token(), body: { email } })).status).toBe(403)
      const unlock = await server.graphql(`mutation ($email: String!) { unlockUser(email: $email) }`, { token: token(), variables: { email } })
      expect(unlock.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    }
    expect((await payload.findByID({ collection: collectionSlugs.users, id: locked.id, showHiddenFields: true })).lockUntil).toEqual(expect.any(String))
    // Payload answers a refused job run 401.
    for (const path of ['/payload-jobs/run', '/payload-jobs/handle-schedules']) expect((await server.rest('GET', path, { token: token() })).status).toBe(401)
  })

  test('reads its own account, starts enrolling, and signs out', async () => {
    const me = await server.rest('GET', '/users/me', { token: token() })
    expect(me.body.user).toMatchObject({ email: pending[role].email, twoFactorPending: true })
    expect((await server.graphql('{ meUser { user { email twoFactorPending } } }', { token: token() })).body.data.meUser.user).toEqual({
      email: pending[role].email,
      twoFactorPending: true,
    })
    expect((await server.rest('POST', '/users/two-factor/setup', { token: token() })).status).toBe(200)
    expect((await server.rest('POST', '/users/logout', { token: token() })).status).toBe(200)
    expect((await server.rest('GET', '/users/me', { token: token() })).body.user).toBeNull()
  })
})

describe('past the second factor', () => {
  /** A verified session: the account enrols (which verifies the session it happens in). */
  const verified = async (role: (typeof roles)[number]) => {
    const { token } = (await server.rest('POST', '/users/login', { body: { email: pending[role].email, password } })).body
    await enrolTwoFactor(token, server)
    return token as string
  }

  test('staff lock documents and keep preferences; admins alone read the job statistics, which nobody writes over the API', async () => {
    const [admin, editor] = [await verified('admin'), await verified('editor')]
    const lock = { globalSlug: globalSlugs.clinicInfo, user: { relationTo: collectionSlugs.users, value: pending.editor.id } }
    expect((await server.rest('POST', '/payload-locked-documents', { token: editor, body: lock })).status).toBe(201)
    expect((await server.rest('POST', '/payload-preferences/nav', { token: editor, body: { value: { open: false } } })).status).toBe(200)
    expect((await server.rest('GET', '/payload-preferences/nav', { token: editor })).body.value).toEqual({ open: false })
    expect((await server.rest('GET', '/globals/payload-jobs-stats', { token: admin })).status).toBe(200)
    expect((await server.rest('GET', '/globals/payload-jobs-stats', { token: editor })).status).toBe(403)
    expect((await server.rest('POST', '/globals/payload-jobs-stats', { token: admin, body: { stats: {} } })).status).toBe(403)
    expect((await server.rest('GET', `/${collectionSlugs.articles}/versions?depth=0`, { token: editor })).body.totalDocs).toBeGreaterThan(0)
  })
})
