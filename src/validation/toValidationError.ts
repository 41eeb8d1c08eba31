import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

import { ValidationError } from 'payload'

/** Turns zod issues into Payload's 400 ValidationError: one `{ path, message }` per field. */
export const toValidationError = (collection: string, error: z.ZodError, req: PayloadRequest) =>
  new ValidationError(
    {
      collection,
      errors: error.issues.flatMap((issue) =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => ({ path: key, message: issue.message }))
          : [{ path: issue.path.join('.') || 'data', message: issue.message }],
      ),
      req,
    },
    req.t,
  )
