import type { CollectionBeforeOperationHook } from 'payload'

import { writesAsReviewer } from '../../../src/access/writesAsReviewer'
import { intakeSubmissions } from '../../../src/metrics/metrics'
import {
  contactIntakeSchema,
  contactStaffCreateSchema,
  contactStaffUpdateSchema,
} from '../../../src/validation/contactSubmission'
import { toValidationError } from '../../../src/validation/toValidationError'

/**
 * Runs the zod schema on the raw input of every create and update, whichever API it came
 * through. It runs before Payload's own field processing, which would otherwise drop unknown
 * fields silently and fill defaults, hiding what the caller really sent.
 */
export const validateInput: CollectionBeforeOperationHook = ({ args, collection, operation, overrideAccess, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const trusted = writesAsReviewer(overrideAccess, req)
  // Untrusted updates are refused by access control; let that answer (403), not validation.
  if (operation === 'update' && !trusted) return args

  const schema = !trusted ? contactIntakeSchema : operation === 'create' ? contactStaffCreateSchema : contactStaffUpdateSchema
  const result = schema.safeParse(args.data ?? {})
  if (!result.success) {
    if (!trusted) intakeSubmissions.inc({ outcome: 'invalid' })
    throw toValidationError(collection.slug, result.error, req)
  }
  return { ...args, data: result.data }
}
