import type { CollectionBeforeChangeHook, PayloadRequest, RichTextField, TextareaField, TextField, Validate } from 'payload'

import { richText, text, textarea } from 'payload/shared'

import type { Article, Service } from '../payload-types'

import { findRiskyClaims } from './findRiskyClaims'
import { type ClaimRule, defaultClaimRules } from './rules'

type ClaimCheck = NonNullable<(Article | Service)['claimCheck']>
type Checked = { _status?: string | null; claimCheck?: ClaimCheck | null }

/** The rules the app configured (`clinicContent({ claimRules })`), kept on the server-only `custom`. */
const configuredRules = (req: PayloadRequest): ClaimRule[] =>
  (req.payload.config.custom?.clinicContent as { claimRules?: ClaimRule[] } | undefined)?.claimRules ?? defaultClaimRules

/** The seed and the nightly review sweep (which changes no text) are not checked. */
const exempt = (req: PayloadRequest) => Boolean(req.context.seeding || req.context.reviewSweep)

/**
 * beforeChange (articles, services): a clinical reviewer's override reason covers the risky
 * phrases present when it was written (kept in `claimCheck.overriddenPhrases`, saved with the
 * version); a risky phrase added later needs the reason revisited.
 */
export const recordClaimOverride =
  (checked: string[]): CollectionBeforeChangeHook<Article | Service> =>
  ({ data, originalDoc, req }) => {
    if (exempt(req)) return data
    const before: ClaimCheck = originalDoc?.claimCheck ?? {}
    const check: ClaimCheck = { ...before, ...data.claimCheck }
    if (!check.overrideReason) return { ...data, claimCheck: { ...check, overriddenPhrases: [] } }
    if ((check.overrideReason ?? '') === (before.overrideReason ?? '')) return { ...data, claimCheck: check }
    const current = (name: string) => ((data as Record<string, unknown>)[name] !== undefined ? (data as Record<string, unknown>)[name] : (originalDoc as Record<string, unknown> | undefined)?.[name])
    const findings = findRiskyClaims(checked.map((name) => ({ field: name, label: name, value: current(name) })), configuredRules(req))
    return { ...data, claimCheck: { ...check, overriddenPhrases: [...new Set(findings.map((finding) => finding.phrase))] } }
  }

type ClaimCheckedField = TextField | TextareaField | RichTextField
const defaults = { text, textarea, richText } as Record<ClaimCheckedField['type'], Validate>

/**
 * A text, textarea or rich-text field whose text is checked for risky claims (e.g. "cure",
 * "guaranteed") on publish: each one that no override covers is an error at the field, naming
 * the phrase, where it is and the remedy, reported together with every other field's error.
 * Drafts save freely. The field's own validation still runs.
 */
export const claimChecked = <F extends ClaimCheckedField>(field: F): F => {
  const own = (field.validate as Validate | undefined) ?? defaults[field.type]
  const label = typeof field.label === 'string' ? field.label : field.name[0].toUpperCase() + field.name.slice(1)
  const validate: Validate = async (value, options) => {
    const result = await own(value, options)
    const { data, req } = options as { data: Checked; req: PayloadRequest }
    if (data?._status !== 'published' || exempt(req)) return result
    const overridden = data.claimCheck?.overriddenPhrases ?? []
    const blocking = findRiskyClaims([{ field: field.name, label, value }], configuredRules(req)).filter((finding) => !overridden.includes(finding.phrase))
    if (blocking.length === 0) return result
    const messages = blocking.map(
      (finding) =>
        `Risky claim "${finding.phrase}" in ${finding.where}: "${finding.excerpt}"${finding.why ? ` (${finding.why})` : ''}. ` +
        'Rephrase it, or have a clinical reviewer record an override reason under Clinical review.',
    )
    return [...(result === true ? [] : [result]), ...messages].join(' ')
  }
  return { ...field, validate } as F
}
