import type { Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import type { ContentPolicy } from '../access/policy'
import type { ClinicGlobalSlug } from '../slugs'

import { userHasRole } from '../access/roles'
import { taskSlugs } from '../slugs'
import { toValidationError } from '../validation/toValidationError'
import { jsonError } from './jsonError'

type ReviewedCollection = 'articles' | 'services'
/** One reviewed document: a collection's (by the route's `:id`) or a global. */
export type ReviewTarget = { collection: ReviewedCollection } | { global: ClinicGlobalSlug }

const submitSchema = z.strictObject(
  {
    publishAt: z.iso
      .datetime({ offset: true, error: 'Publish on must be a date and time, e.g. 2026-12-24T09:00:00Z.' })
      // (Not a date at all is the message above.)
      .refine((value) => !(Date.parse(value) <= Date.now()), 'Publish on must be in the future.')
      .nullable()
      .optional(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? 'Unknown field.' : 'Send an object, e.g. {} or { "publishAt": "…" }.') },
)

const sendBackSchema = z.strictObject(
  {
    comment: z
      .string({ error: 'Comment is required: say what the editor should change.' })
      .trim()
      .min(1, 'Comment is required: say what the editor should change.')
      .max(2000, 'Comment must be at most 2000 characters.'),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? 'Unknown field.' : 'Send an object: { "comment": "…" }.') },
)

const readJson = async (req: PayloadRequest) => {
  try {
    return req.json ? await req.json() : {}
  } catch {
    return undefined
  }
}

type Loaded = { title?: string; name?: string; reviewRequest?: { status?: string | null } | null }

/** The newest version (drafts included) of the target, or null when the collection has no such id. */
const load = async (target: ReviewTarget, req: PayloadRequest): Promise<Loaded | null> => {
  const common = { depth: 0, draft: true, overrideAccess: true, req } as const
  if ('global' in target) return (await req.payload.findGlobal({ slug: target.global, ...common })) as unknown as Loaded
  const id = String(req.routeParams?.id)
  const doc = await req.payload.findByID({ collection: target.collection, id, disableErrors: true, ...common })
  return doc as unknown as Loaded | null
}

/** Saves the request on the newest draft (never publishes; what is live stays as it is). */
const save = (target: ReviewTarget, req: PayloadRequest, reviewRequest: Record<string, unknown>) => {
  const common = { data: { reviewRequest }, draft: true, overrideAccess: true, req } as const
  if ('global' in target) return req.payload.updateGlobal({ slug: target.global, ...common } as never)
  return req.payload.update({ collection: target.collection, id: String(req.routeParams?.id), ...common } as never)
}

const action = (
  target: ReviewTarget,
  path: string,
  allowed: readonly ContentPolicy['write'][number][],
  run: (req: PayloadRequest, doc: Loaded, body: unknown) => Promise<Response>,
): Endpoint => ({
  path: 'global' in target ? `/${path}` : `/:id/${path}`,
  method: 'post',
  handler: async (req) => {
    if (!userHasRole(req.user, ...allowed)) return jsonError(req.user ? 403 : 401, 'You are not allowed to perform this action.')
    const body = await readJson(req)
    if (body === undefined) return jsonError(400, 'The request body is not valid JSON.')
    const doc = await load(target, req)
    if (!doc) return jsonError(404, 'Not Found')
    return run(req, doc, body)
  },
})

const noStore = { 'cache-control': 'no-store' }

/** How staff see a colleague: their name, or their email until they have one. */
const displayName = (user: PayloadRequest['user']) => String((user as { name?: string } | null)?.name || user?.email || '')

/**
 * `POST …/submit-for-review` (editors, and anyone else who may write it): marks the document
 * "in review" by the caller, now, with an optional `publishAt` they ask for, and queues an email
 * to the clinical reviewers. `POST …/send-back` (reviewers and admins) returns it to the editor
 * with a `comment`. For a collection the paths follow `/api/<collection>/:id`, for a global
 * `/api/globals/<slug>`. Both answer `{ reviewRequest }`.
 */
export const reviewRequestEndpoints = (target: ReviewTarget, policy: ContentPolicy): Endpoint[] => [
  action(target, 'submit-for-review', policy.write, async (req, doc, body) => {
    const parsed = submitSchema.safeParse(body ?? {})
    if (!parsed.success) throw toValidationError('global' in target ? target.global : target.collection, parsed.error, req)
    const reviewRequest = {
      status: 'in-review',
      requestedBy: req.user!.id,
      requestedByName: displayName(req.user),
      requestedAt: new Date().toISOString(),
      publishAt: parsed.data.publishAt ?? null,
    }
    await save(target, req, reviewRequest)
    await req.payload.jobs.queue({
      task: taskSlugs.notifyReviewers,
      input: {
        ...('global' in target ? { global: target.global } : { collection: target.collection, id: String(req.routeParams?.id) }),
        title: doc.title ?? doc.name ?? '(untitled)',
        requestedBy: reviewRequest.requestedByName,
        publishAt: reviewRequest.publishAt,
      },
      req,
    })
    return Response.json({ reviewRequest }, { headers: noStore })
  }),
  action(target, 'send-back', policy.publish, async (req, doc, body) => {
    const parsed = sendBackSchema.safeParse(body)
    if (!parsed.success) throw toValidationError('global' in target ? target.global : target.collection, parsed.error, req)
    if (doc.reviewRequest?.status !== 'in-review') return jsonError(409, 'Only a document in review can be sent back.')
    const reviewRequest = {
      ...doc.reviewRequest,
      status: 'sent-back',
      comment: parsed.data.comment,
      commentByName: displayName(req.user),
      commentAt: new Date().toISOString(),
    }
    await save(target, req, reviewRequest)
    return Response.json({ reviewRequest }, { headers: noStore })
  }),
]
