import type { SelectFieldSingleValidation } from 'payload'

import { statusTransitions, submissionStatuses } from '../../src/validation/contactSubmission'

type Status = (typeof submissionStatuses)[number]

const label = (status: string) => status.replace('-', ' ')

/**
 * Status changes follow the review workflow (`statusTransitions`). Runs on every write path,
 * bulk updates included, and in the admin form as you pick a status.
 */
export const validateStatusChange: SelectFieldSingleValidation = (value, { operation, previousValue }) => {
  if (value == null) return true
  if (!submissionStatuses.includes(value as Status)) return `Status must be one of: ${submissionStatuses.join(', ')}.`
  if (operation !== 'update' || previousValue == null || previousValue === value) return true
  const allowed = statusTransitions[previousValue as Status] ?? []
  if (allowed.includes(value as Status)) return true
  return `A submission that is ${label(String(previousValue))} can move only to: ${allowed.map(label).join(', ')}.`
}
