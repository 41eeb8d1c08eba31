import type { ClaimRule } from './rules'

import { type LexicalNode, textOf } from '../lexicalText'

/** Text to check: a plain string, or Lexical rich text (checked block by block). */
export type ClaimSource = { field: string; label: string; value: unknown }

export type RiskyClaim = {
  phrase: string
  field: string
  /** Human words for where it is, e.g. "Body, paragraph 3". */
  where: string
  /** The words around the match. */
  excerpt: string
  why?: string
}

/** Each top-level block of a Lexical document with its kind: "paragraph 2", "heading 1", "list 1". */
const lexicalBlocks = (value: unknown): { name: string; text: string }[] => {
  const children = (value as { root?: { children?: LexicalNode[] } } | null)?.root?.children ?? []
  const counts: Record<string, number> = {}
  return children.map((node) => {
    const kind = node.type === 'heading' ? 'heading' : (node.type ?? 'block')
    counts[kind] = (counts[kind] ?? 0) + 1
    return { name: `${kind} ${counts[kind]}`, text: textOf(node) }
  })
}

const wholeWords = (phrase: string) => new RegExp(`\\b${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i')

const excerptAround = (text: string, index: number, length: number) => {
  const start = Math.max(0, index - 40)
  const end = Math.min(text.length, index + length + 40)
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`
}

/**
 * Every risky claim in the sources, in order: which rule, in which field, where in it (for rich
 * text, which block) and the words around it. Pure: no database, so it is unit-tested directly.
 */
export const findRiskyClaims = (sources: ClaimSource[], rules: ClaimRule[]): RiskyClaim[] =>
  sources.flatMap(({ field, label, value }) => {
    const blocks = typeof value === 'string' ? [{ name: '', text: value }] : lexicalBlocks(value)
    return blocks.flatMap(({ name, text }) =>
      rules.flatMap((rule) => {
        // A fresh copy, so a pattern written with the g or y flag does not carry state between texts.
        const pattern = rule.pattern ? new RegExp(rule.pattern.source, rule.pattern.flags.replace(/[gy]/g, '')) : wholeWords(rule.phrase)
        const match = pattern.exec(text)
        if (!match || (rule.onlyWith && !rule.onlyWith.test(text))) return []
        return [{ phrase: rule.phrase, field, where: name ? `${label}, ${name}` : label, excerpt: excerptAround(text, match.index, match[0].length), why: rule.why }]
      }),
    )
  })
