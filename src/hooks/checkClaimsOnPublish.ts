import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { Article, Service } from '../payload-types'

import { findRiskyClaims } from '../claims/findRiskyClaims'
import { type ClaimRule, defaultClaimRules } from '../claims/rules'

type ClaimCheck = NonNullable<(Article | Service)['claimCheck']>

/** The rules the app configured (`clinicContent({ claimRules })`), kept on the server-only `custom`. */
const configuredRules = (custom: Record<string, unknown> | undefined): ClaimRule[] =>
  (custom?.clinicContent as { claimRules?: ClaimRule[] } | undefined)?.claimRules ?? defaultClaimRules

/**
 * beforeChange (articles, services): checks the text for risky claims. Publishing with one is
 * refused (400, naming the phrase, the field and the paragraph) unless a clinical reviewer has
 * recorded an override reason. A reason covers the phrases present when it was written (kept in
 * `claimCheck.overriddenPhrases`, saved with the version); a risky phrase added later needs the
 * reason revisited. Drafts save freely. The seed and the review sweep (which changes no text)
 * are not checked.
 */
export const checkClaimsOnPublish =
  (fields: { name: string; label: string }[]): CollectionBeforeChangeHook<Article | Service> =>
  ({ collection, context, data, originalDoc, req }) => {
    if (context.seeding || context.reviewSweep) return data
    const current = (name: string) => ((data as Record<string, unknown>)[name] !== undefined ? (data as Record<string, unknown>)[name] : (originalDoc as Record<string, unknown> | undefined)?.[name])
    const findings = findRiskyClaims(
      fields.map(({ name, label }) => ({ field: name, label, value: current(name) })),
      configuredRules(req.payload.config.custom),
    )
    const before: ClaimCheck = originalDoc?.claimCheck ?? {}
    const check: ClaimCheck = { ...before, ...data.claimCheck }
    const reasonChanged = (check.overrideReason ?? '') !== (before.overrideReason ?? '')
    const overridden = !check.overrideReason ? [] : reasonChanged ? [...new Set(findings.map((finding) => finding.phrase))] : (before.overriddenPhrases ?? [])
    const next = { ...data, claimCheck: { ...check, overriddenPhrases: overridden } }

    const status = data._status ?? originalDoc?._status
    const blocking = findings.filter((finding) => !overridden.includes(finding.phrase))
    if (status !== 'published' || blocking.length === 0) return next
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: blocking.map((finding) => ({
          path: finding.field,
          message:
            `Risky claim "${finding.phrase}" in ${finding.where}: "${finding.excerpt}"` +
            `${finding.why ? ` (${finding.why})` : ''}. Rephrase it, or have a clinical reviewer record an override reason under Clinical review.`,
        })),
        req,
      },
      req.t,
    )
  }
