import type { Root } from 'nlcst'

import { flesch } from 'flesch'
import { fleschKincaid } from 'flesch-kincaid'
import { LRUCache } from 'lru-cache'
import { toString } from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import retextPassive from 'retext-passive'
import { smogFormula } from 'smog-formula'
import { syllable } from 'syllable'
import { unified } from 'unified'
import { VFile } from 'vfile'

import { visitorBlocks } from './visitorText'

/** A field's text to analyse: a plain string or Lexical rich text. */
export type ReadabilitySource = { field: string; label: string; value: unknown }

/** A glossary entry: a term readers may not know, with a plain alternative or none ("explain on first use"). */
export type GlossaryTerm = { term: string; plain?: string | null }

export type ReadabilityRules = {
  glossary: GlossaryTerm[]
  /** Acronyms readers know without a spelled-out form, e.g. the clinic's own name. */
  knownAcronyms: string[]
}

export type ReadabilityProblem = {
  kind: 'long-sentence' | 'long-paragraph' | 'unexplained-term' | 'unexplained-acronym'
  field: string
  /** Human words for where it is, e.g. "Body, paragraph 3". */
  where: string
  /** The sentence (or the start of the paragraph) it is in. */
  excerpt: string
  /** The glossary term or acronym, for jargon problems. */
  term?: string
  message: string
}

export type ReadabilityAnalysis = {
  /**
   * The reading grade the target is checked against: SMOG, the formula health-literacy work
   * recommends, once the text has the 30 sentences it was made for; Flesch–Kincaid below that,
   * where SMOG overstates (one sentence with two long words is SMOG grade 11).
   */
  grade: number
  gradeFormula: 'smog' | 'flesch-kincaid'
  fleschKincaidGrade: number
  smogGrade: number
  fleschReadingEase: number
  words: number
  sentences: number
  paragraphs: number
  /** Words of three or more syllables. */
  polysyllabicWords: number
  longSentences: number
  longParagraphs: number
  /** Share of sentences (0–1) with at least one passive construction. */
  passiveShare: number
  problems: ReadabilityProblem[]
}

export const longSentenceWords = 25
/**
 * Grade formulas were built on samples of 100 words or more (Flesch's and Kincaid's passages):
 * below that a grade swings on a single long word ("A reviewed therapy." is grade 9.2), so
 * shorter text is measured and shown but its grade does not gate publishing.
 */
export const gradedMinimumWords = 100
/** McLaughlin (1969) built SMOG on samples of 30 sentences. */
export const smogMinimumSentences = 30
export const longParagraphWords = 150

type SentenceInfo = { field: string; where: string; text: string; words: string[]; passive: boolean }

const parser = unified().use(retextEnglish)
const findPassive = retextPassive() as unknown as (tree: Root, file: VFile) => void

/**
 * Syllables of a word, remembered: the live panel and every save count the same words again
 * (`syllable` runs its word lists and pluralize on each call). The 50,000 most recent words.
 */
const syllableCounts = new LRUCache<string, number>({ max: 50_000 })
const syllablesOf = (word: string) => {
  let count = syllableCounts.get(word)
  if (count === undefined) {
    count = syllable(word)
    syllableCounts.set(word, count)
  }
  return count
}

const beVerbs = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being'])
// retext-passive knows only irregular participles ("was withheld"); regular ones ("has been used") end in -ed.
const regularPassive = (words: string[]) => words.some((word, at) => beVerbs.has(word.toLowerCase()) && /^[a-z]{3,}ed$/.test(words[at + 1] ?? ''))

/**
 * The sentences of each block, with their words and whether retext-passive found the passive
 * voice in them. All blocks are parsed in one pass, as paragraphs of one text: retext-passive
 * sets up its phrase list on every run, which costs more than parsing a paragraph.
 */
const sentencesOfBlocks = (texts: string[]) => {
  const starts: number[] = []
  let joined = ''
  for (const text of texts) {
    starts.push(joined.length)
    joined += `${text}\n\n`
  }
  const file = new VFile(joined)
  const tree = parser.parse(file) as Root
  // retext-passive looks at every word of what it is given; only sentences with a form of "be"
  // can be passive ("was withheld"), so it is given those alone (their positions unchanged).
  const candidates = tree.children.flatMap((paragraph) =>
    paragraph.type === 'ParagraphNode'
      ? paragraph.children.filter((sentence) => sentence.type === 'SentenceNode' && sentence.children.some((child) => child.type === 'WordNode' && beVerbs.has(toString(child).toLowerCase())))
      : [],
  )
  findPassive({ type: 'RootNode', children: [{ type: 'ParagraphNode', children: candidates }] } as Root, file)
  const passiveAt = file.messages.map((message) => (message.place && 'start' in message.place ? (message.place.start.offset ?? -1) : -1))
  const found = texts.map((): { text: string; words: string[]; passive: boolean }[] => [])
  let block = 0
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      // Words are the sentence's own children in nlcst.
      const words = sentence.children.flatMap((child) => (child.type === 'WordNode' ? [toString(child)] : []))
      if (!words.length) continue
      const start = sentence.position?.start.offset ?? 0
      const end = sentence.position?.end.offset ?? joined.length
      while (block + 1 < starts.length && starts[block + 1] <= start) block += 1
      found[block].push({ text: toString(sentence), words, passive: regularPassive(words) || passiveAt.some((at) => at >= start && at < end) })
    }
  }
  return found
}

const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places

const excerpt = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text)

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A term as whole words, singular or plural, with a space or hyphen between its words. */
const termPattern = (term: string) =>
  new RegExp(`\\b${term.trim().split(/[\s-]+/).map(escape).join('[\\s-]+')}(?:s|es)?\\b`, 'gi')

// After the term (or the noun it qualifies, "a dissociative state, where…"): "(…)" that is not just an
// acronym, an apposition (", the brain's capacity…"), or "is a", "means", "refers to".
const explainedAfter = /^(?:\s+[\w'’-]+){0,2}\s*(?:\((?![A-Z0-9-]+s?\))|[,:—–]\s*(?:a|an|the|which|where|meaning|or|that is|i\.e\.)\b|\s(?:is|are)\s+(?:a|an|the|when|how)\b|\s(?:means|refers? to)\b)/i
// Before the term: "called …", "known as …".
const explainedBefore = /\b(?:called|known as|termed)\s+$/i

/**
 * Glossary terms whose first use is not explained. A use is explained by a definition next to
 * it (a parenthesis, an apposition, "is a", "means", "called …") or by the term's plain
 * alternative in the same sentence; a term explained in an earlier sentence is fine afterwards.
 */
const unexplainedTerms = (sentences: SentenceInfo[], glossary: GlossaryTerm[]): ReadabilityProblem[] =>
  glossary.flatMap(({ term, plain }) => {
    if (!term.trim()) return []
    const pattern = termPattern(term)
    const plainPattern = plain?.trim() ? new RegExp(`\\b${escape(plain.trim())}\\b`, 'i') : undefined
    for (const sentence of sentences) {
      const matches = [...sentence.text.matchAll(pattern)]
      if (!matches.length) {
        if (plainPattern?.test(sentence.text)) return []
        continue
      }
      const explained =
        plainPattern?.test(sentence.text) ||
        matches.some(
          (match) =>
            explainedAfter.test(sentence.text.slice(match.index + match[0].length)) || explainedBefore.test(sentence.text.slice(0, match.index)),
        )
      if (explained) return []
      const advice = plain?.trim() ? `use "${plain.trim()}" instead, or explain it` : 'explain it where it is first used'
      return [
        {
          kind: 'unexplained-term' as const,
          field: sentence.field,
          where: sentence.where,
          excerpt: excerpt(sentence.text),
          term,
          message: `"${term}" is used without an explanation in ${sentence.where}: ${advice}.`,
        },
      ]
    }
    return []
  })

const initials = (words: string[]) =>
  words
    .flatMap((word) => word.split('-'))
    .map((part) => part.replace(/^[^A-Za-z]+/, '')[0]?.toLowerCase() ?? '')
    .join('')

const isSubsequence = (letters: string, of: string) => {
  let at = 0
  for (const char of of) if (char === letters[at]) at += 1
  return at === letters.length
}

const acronymOf = (word: string) => {
  const bare = word.replace(/s$/, '')
  return /^[A-Z][A-Z0-9]*[A-Z]$/.test(bare) && bare.replace(/[0-9]/g, '').length >= 2 ? bare : undefined
}

/** "brain-derived neurotrophic factor (BDNF)" or "NMDA (N-methyl-D-aspartate)": the acronym is spelled out here. */
const spelledOut = (sentence: string, acronym: string) => {
  const letters = acronym.toLowerCase().replace(/[0-9]/g, '')
  const before = new RegExp(`((?:[\\w'’-]+\\s+){1,${letters.length * 2}})\\(${escape(acronym)}s?\\)`)
  const after = new RegExp(`\\b${escape(acronym)}s?\\s*\\(([^)]+)\\)`)
  const expansion = before.exec(sentence)?.[1] ?? after.exec(sentence)?.[1]
  return Boolean(expansion && isSubsequence(letters, initials(expansion.trim().split(/\s+/))))
}

/** Acronyms (KAP, PTSD) first used before they are spelled out, in reading order. */
const unexplainedAcronyms = (sentences: SentenceInfo[], known: string[]): ReadabilityProblem[] => {
  const seen = new Set(known.map((acronym) => acronym.replace(/[^A-Za-z0-9]/g, '').toUpperCase()))
  const problems: ReadabilityProblem[] = []
  for (const sentence of sentences) {
    for (const acronym of new Set(sentence.words.map(acronymOf).filter((word): word is string => Boolean(word)))) {
      if (seen.has(acronym)) continue
      seen.add(acronym)
      if (spelledOut(sentence.text, acronym)) continue
      problems.push({
        kind: 'unexplained-acronym',
        field: sentence.field,
        where: sentence.where,
        excerpt: excerpt(sentence.text),
        term: acronym,
        message: `"${acronym}" is used before it is spelled out in ${sentence.where}: write it in full the first time, with "(${acronym})" after it.`,
      })
    }
  }
  return problems
}

/**
 * The readability of the text a visitor reads, across the given fields in reading order: grade
 * levels (Flesch–Kincaid, SMOG) and Flesch reading ease, long sentences and paragraphs, the
 * share of passive sentences, words of three or more syllables, and jargon (glossary terms and
 * acronyms not explained on first use). Syllables, formulas, sentence splitting and passive
 * voice come from well-kept libraries (syllable, flesch, flesch-kincaid, smog-formula, retext).
 * Pure: no database, so it is unit-tested directly. It never changes the text.
 */
export const analyzeReadability = (sources: ReadabilitySource[], rules: ReadabilityRules): ReadabilityAnalysis => {
  const sentences: SentenceInfo[] = []
  const problems: ReadabilityProblem[] = []
  let paragraphs = 0
  let longParagraphs = 0
  for (const { field, label, value } of sources) {
    const counts: Record<string, number> = {}
    const blocks = visitorBlocks(value)
    const blockSentences = sentencesOfBlocks(blocks.map((block) => block.text))
    for (const [index, block] of blocks.entries()) {
      counts[block.kind] = (counts[block.kind] ?? 0) + 1
      const where = blocks.length > 1 || typeof value !== 'string' ? `${label}, ${block.kind} ${counts[block.kind]}` : label
      const found = blockSentences[index].map((sentence) => ({ ...sentence, field, where }))
      sentences.push(...found)
      if (block.kind === 'heading') continue
      paragraphs += 1
      const words = found.reduce((sum, sentence) => sum + sentence.words.length, 0)
      if (words > longParagraphWords) {
        longParagraphs += 1
        problems.push({
          kind: 'long-paragraph',
          field,
          where,
          excerpt: excerpt(block.text, 120),
          message: `${where} has ${words} words (more than ${longParagraphWords}): split it into shorter paragraphs.`,
        })
      }
    }
  }
  for (const sentence of sentences) {
    if (sentence.words.length <= longSentenceWords) continue
    problems.push({
      kind: 'long-sentence',
      field: sentence.field,
      where: sentence.where,
      excerpt: excerpt(sentence.text),
      message: `A sentence of ${sentence.words.length} words (more than ${longSentenceWords}) in ${sentence.where}: split it.`,
    })
  }
  const syllables = sentences.flatMap((sentence) => sentence.words.map(syllablesOf))
  const counts = {
    sentence: sentences.length,
    word: syllables.length,
    syllable: syllables.reduce((sum, count) => sum + count, 0),
    polysillabicWord: syllables.filter((count) => count >= 3).length,
  }
  const empty = counts.word === 0
  const smogGrade = empty ? 0 : round(smogFormula(counts))
  const fleschKincaidGrade = empty ? 0 : round(fleschKincaid(counts))
  const smogApplies = counts.sentence >= smogMinimumSentences
  return {
    grade: smogApplies ? smogGrade : fleschKincaidGrade,
    gradeFormula: smogApplies ? 'smog' : 'flesch-kincaid',
    fleschKincaidGrade,
    smogGrade,
    fleschReadingEase: empty ? 0 : round(flesch(counts)),
    words: counts.word,
    sentences: counts.sentence,
    paragraphs,
    polysyllabicWords: counts.polysillabicWord,
    longSentences: problems.filter((problem) => problem.kind === 'long-sentence').length,
    longParagraphs,
    passiveShare: sentences.length ? round(sentences.filter((sentence) => sentence.passive).length / sentences.length, 2) : 0,
    problems: [...unexplainedTerms(sentences, rules.glossary), ...unexplainedAcronyms(sentences, rules.knownAcronyms), ...problems],
  }
}
