import type { Payload, TypeWithVersion } from 'payload'

type Props = { payload: Payload; id?: number | string; collectionSlug?: string; global?: string }
type Snapshot = { _status?: 'draft' | 'published' | null; updatedBy?: number | string | { id: number | string } | null }
type Version = TypeWithVersion<Snapshot> & { autosave?: boolean }

/** How many of the latest versions the box lists; the Versions tab has them all. */
const shown = 5

const when = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso))

const idOf = (value: Snapshot['updatedBy']) => (value && typeof value === 'object' ? value.id : value)

/**
 * In the sidebar of content with drafts: the latest versions, each with who made it (by name) and
 * when, and how to see what changed. Every link compares with the **published** version, the
 * one visitors see, which is what a reviewer is asked to check (Payload's Versions tab compares
 * each version with the one before it); "Review changes since published" opens the newest
 * version that way. Unpublished content is compared as Payload does.
 */
export const VersionHistory = async ({ payload, id, collectionSlug, global }: Props) => {
  if (!global && (id === undefined || !collectionSlug)) return null
  const query = { sort: '-updatedAt', depth: 0, overrideAccess: true } as const
  const latest = global
    ? await payload.findGlobalVersions({ ...query, slug: global as never, limit: shown })
    : await payload.findVersions({ ...query, collection: collectionSlug as never, where: { parent: { equals: id } }, limit: shown })
  const versions = latest.docs as unknown as Version[]
  if (versions.length === 0) return null
  // What visitors see: the newest published version, unless the document was unpublished since.
  const current = (
    global
      ? await payload.findGlobal({ slug: global as never, depth: 0, draft: false, select: { _status: true } as never, overrideAccess: true })
      : await payload.findByID({ collection: collectionSlug as never, id: id!, depth: 0, draft: false, select: { _status: true } as never, overrideAccess: true })
  ) as Snapshot
  const publishedWhere = { 'version._status': { equals: 'published' } }
  const published =
    current._status === 'published'
      ? ((
          global
            ? await payload.findGlobalVersions({ ...query, slug: global as never, where: publishedWhere, limit: 1 })
            : await payload.findVersions({ ...query, collection: collectionSlug as never, where: { and: [{ parent: { equals: id } }, publishedWhere] }, limit: 1 })
        ).docs[0] as unknown as Version | undefined)
      : undefined

  const { routes, admin } = payload.config
  const base = global ? `${routes.admin}/globals/${global}/versions` : `${routes.admin}/collections/${collectionSlug}/${id}/versions`
  // The published version itself is compared with the one before it (Payload's default).
  const compareUrl = (version: Version) => `${base}/${version.id}${published && published.id !== version.id ? `?versionFrom=${published.id}` : ''}`
  const zone = admin.timezones?.defaultTimezone ?? 'UTC'
  const newest = versions[0]
  const unpublishedChanges = published && newest.id !== published.id
  // The live version is always listed, after the latest ones when it is older than them.
  const listed = published && !versions.some((version) => version.id === published.id) ? [...versions, published] : versions
  const authorIds = [...new Set(listed.map((version) => idOf(version.version.updatedBy)).filter((value) => value != null))]
  const { docs: authors } = authorIds.length
    ? // The app's own auth collection when ours is off (authorship points there then).
      await payload.find({ collection: payload.config.admin.user as never, where: { id: { in: authorIds } }, depth: 0, limit: authorIds.length, pagination: false, overrideAccess: true })
    : { docs: [] as Record<string, unknown>[] }
  const nameOf = new Map(authors.map((author) => [String(author.id), String(author.name || 'an account without a name')]))

  return (
    <div className="version-history field-type">
      <h4>History</h4>
      {unpublishedChanges && (
        <a className="version-history__review btn btn--style-secondary btn--size-small" href={compareUrl(newest)}>
          Review changes since published
        </a>
      )}
      <ul>
        {listed.map((version) => {
          const author = idOf(version.version.updatedBy)
          const status = version.id === published?.id ? 'Published (live)' : version.version._status === 'published' ? 'Published' : version.autosave ? 'Autosaved draft' : 'Draft'
          return (
            <li key={version.id}>
              <a href={compareUrl(version)}>{when(version.updatedAt, zone)}</a> · {status} · {author != null ? (nameOf.get(String(author)) ?? 'a removed account') : 'the system'}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
