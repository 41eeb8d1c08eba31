/** One risky kind of claim that must not go live unreviewed. */
export type ClaimRule = {
  /** How staff see it named in the message, e.g. "cure". */
  phrase: string
  /** What matches (its g and y flags are ignored). Default: the phrase as whole words, any case. */
  pattern?: RegExp
  /** Only a risk when the same paragraph also matches this (e.g. "FDA-approved" about ketamine). */
  onlyWith?: RegExp
  /** Why it is risky, said in the message. */
  why?: string
}

/**
 * The default risky claims for a ketamine clinic's marketing copy: promises of results, of
 * safety, or of regulatory approval that ketamine does not have for mental health. Apps replace
 * the list with `clinicContent({ claimRules })`.
 */
export const defaultClaimRules: ClaimRule[] = [
  { phrase: 'cure', pattern: /\bcur(?:e|es|ed|ing)\b/i, why: 'promises an outcome no treatment can promise' },
  { phrase: 'guaranteed', pattern: /\bguarantee(?:s|d)?\b/i, why: 'promises an outcome no treatment can promise' },
  {
    phrase: 'FDA-approved',
    pattern: /\bFDA[\s-]*approv(?:ed|al)\b/i,
    onlyWith: /\bketamine\b/i,
    why: 'ketamine is FDA-approved as an anaesthetic, not for depression or PTSD',
  },
  { phrase: 'no side effects', pattern: /\b(?:no|zero|without(?: any)?)\s+side[\s-]?effects?\b/i, why: 'every medication has side effects' },
  { phrase: '100%', pattern: /\b100\s*(?:%|percent\b)/i, why: 'promises certainty' },
]
