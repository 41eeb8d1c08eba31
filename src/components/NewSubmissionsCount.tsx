import type { Payload, TypedUser } from 'payload'

import { userHasRole } from '../access/roles'
import { collectionSlugs } from '../slugs'

/** The admin dashboard's first line for managers: how many submissions wait for an answer. */
export const NewSubmissionsCount = async ({ payload, user }: { payload: Payload; user?: TypedUser | null }) => {
  if (!userHasRole(user, 'admin', 'manager')) return null
  const { totalDocs } = await payload.count({
    collection: collectionSlugs.contactSubmissions,
    where: { status: { equals: 'new' } },
    overrideAccess: false,
    user,
  })
  const href = `${payload.config.routes.admin}/collections/${collectionSlugs.contactSubmissions}?where[status][equals]=new`
  return (
    <div className="new-submissions-count" style={{ marginBottom: 'var(--base)' }}>
      <h2>
        <a href={href}>
          {totalDocs === 1 ? '1 new contact submission' : `${totalDocs} new contact submissions`}
        </a>
      </h2>
    </div>
  )
}
