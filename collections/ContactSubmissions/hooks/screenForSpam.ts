import type { CollectionBeforeOperationHook } from 'payload'

import { ValidationError } from 'payload'
import { createHash } from 'node:crypto'

import type { IntakeSettings } from '../../../src/intake/settings'
import type { spamReasons } from '../../../src/validation/contactSubmission'

import { writesAsReviewer } from '../../../src/access/writesAsReviewer'
import { checkFormToken } from '../../../src/intake/formToken'
import { intakeSpamReasons, intakeSubmissions } from '../../../src/metrics/metrics'

type SpamReason = (typeof spamReasons)[number]

/** Same words, whatever the case, spacing or punctuation around them. */
const fingerprint = (message: string) =>
  createHash('sha256')
    .update(message.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim())
    .digest('hex')

const countLinks = (text: string) => text.match(/\bhttps?:\/\/|\bwww\./gi)?.length ?? 0

/**
 * Runs after `validateInput` on public creates. A missing, forged or expired form token is a
 * 400 (a broken or stale form, which the frontend fixes by fetching a new token). Everything
 * else that looks like spam is stored, marked `spam` with its reasons, and answered like any
 * other submission: a bot learns nothing, and a real person caught by mistake is not lost (a
 * manager can move it back to `new`).
 */
export const screenForSpam =
  (settings: IntakeSettings): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, overrideAccess, req }) => {
    if (operation !== 'create') return args
    const { website, formToken, ...data } = args.data as Record<string, unknown>
    if (writesAsReviewer(overrideAccess, req)) return { ...args, data }

    const token = checkFormToken(req.payload.secret, formToken, settings.formTokenMaxAgeHours * 3600)
    if (!token.valid) {
      intakeSubmissions.inc({ outcome: 'form_token' })
      const message =
        token.problem === 'expired'
          ? 'The form has expired: get a new form token and send the message again.'
          : 'Form token is not valid: get one from GET /api/contact-submissions/form-token.'
      throw new ValidationError({ collection: collection.slug, errors: [{ path: 'formToken', message }], req }, req.t)
    }

    const messageHash = fingerprint(String(data.message))
    const since = new Date(Date.now() - settings.duplicateWindowHours * 3600_000).toISOString()
    const reasons: SpamReason[] = []
    if (typeof website === 'string' && website.trim() !== '') reasons.push('honeypot')
    if (token.ageSeconds < settings.minFillSeconds) reasons.push('too-fast')
    if (countLinks(String(data.message)) > settings.maxLinks) reasons.push('links')
    const { totalDocs: earlier } = await req.payload.count({
      collection: collection.slug,
      where: { and: [{ messageHash: { equals: messageHash } }, { createdAt: { greater_than: since } }] },
      req,
    })
    if (earlier > 0) reasons.push('duplicate')
    intakeSubmissions.inc({ outcome: reasons.length > 0 ? 'spam' : 'accepted' })
    for (const reason of reasons) intakeSpamReasons.inc({ reason })

    return {
      ...args,
      data: { ...data, messageHash, spamReasons: reasons, ...(reasons.length > 0 ? { status: 'spam' } : {}) },
    }
  }
