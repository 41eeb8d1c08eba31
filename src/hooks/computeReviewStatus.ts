import type { CollectionBeforeChangeHook } from 'payload'

import type { Article, Service } from '../payload-types'

type Reviewed = Pick<Article | Service, 'lastReviewedAt' | 'reviewIntervalDays' | 'reviewDueAt' | 'reviewStatus'>

const dayMs = 24 * 60 * 60 * 1000

/**
 * beforeChange (articles, services): the next review falls due `reviewIntervalDays` after the
 * last review; the status is worked out on every save, so recording a new review clears
 * "overdue". The nightly job (src/jobs/markOverdueReviews.ts) re-saves documents whose due date
 * passed, which runs this again.
 */
export const computeReviewStatus: CollectionBeforeChangeHook<Article | Service> = ({ data, originalDoc }) => {
  const pick = <K extends keyof Reviewed>(key: K) => (data[key] !== undefined ? data[key] : originalDoc?.[key])
  const reviewedAt = pick('lastReviewedAt')
  if (!reviewedAt) return { ...data, reviewDueAt: null, reviewStatus: 'awaiting-review' }
  const due = new Date(new Date(reviewedAt).getTime() + (pick('reviewIntervalDays') ?? 365) * dayMs)
  return { ...data, reviewDueAt: due.toISOString(), reviewStatus: due.getTime() <= Date.now() ? 'overdue' : 'current' }
}
