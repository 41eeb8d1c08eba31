import { ValidationError } from 'payload'

/**
 * Payload's 400 ValidationError on one field, whose message is the reason itself rather than "The
 * following field is invalid: password". The admin shows that message in a toast, and after a
 * failed save it closes its password fields, so the toast is where people read why. The toast
 * splits a message at its first colon: reasons have none.
 */
export class FieldRefusal extends ValidationError {
  constructor(collection: string, path: string, reason: string) {
    super({ collection, errors: [{ path, message: reason }] })
    // The name Payload logs as one line of info, not as a whole error.
    this.name = 'ValidationError'
    this.message = reason
  }
}
