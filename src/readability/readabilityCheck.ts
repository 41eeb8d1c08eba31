import type { Field, FieldAccess, Payload, PayloadRequest, RichTextField, TextareaField, TextField, Validate } from 'payload'

import { LRUCache } from 'lru-cache'
import { createHash } from 'node:crypto'
import { richText, text, textarea } from 'payload/shared'

import type { ReadabilityAnalysis, ReadabilityProblem, ReadabilityRules, ReadabilitySource } from './analyzeReadability'

import { fieldHasRole, isVerifiedUser } from '../access/roles'
import { client } from '../packageEntries'
import { collectionSlugs, globalSlugs } from '../slugs'
import { analyzeReadability, gradedMinimumWords } from './analyzeReadability'
import { glossaryRules } from './defaultGlossary'

/** A field whose visitor-facing text is analysed: its dotted path in the document, and the label editors know it by. */
export type ReadabilitySourceField = { path: string; label: string }

/** What is stored in `readability` on each checked document (and each of its versions). */
export type StoredReadability = Omit<ReadabilityAnalysis, 'problems'> & {
  problems: ReadabilityProblem[]
  targetGrade: number
  checkedAt: string
  overrideReason?: string | null
  overriddenBy?: number | string | null
  overriddenGrade?: number | null
  overriddenTerms?: string[] | null
}

type Checked = { _status?: string | null; readability?: Partial<StoredReadability> | null }

const staffOnly: FieldAccess = ({ req }) => isVerifiedUser(req.user)
const reviewersOnly = fieldHasRole('admin', 'clinical-reviewer')

/** The seed (the clinic's existing text, kept verbatim) and the nightly review sweep are not gated. */
const exempt = (req: PayloadRequest) => Boolean(req.context.seeding || req.context.reviewSweep)

const valueAt = (doc: unknown, path: string) =>
  path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | null | undefined)?.[key], doc)

/** The glossary global's rules as saved (its defaults until staff first save it, or when the host app leaves it out). */
export const loadGlossaryRules = async (payload: Payload, req?: PayloadRequest) => {
  const configured = payload.config.globals.some((global) => global.slug === globalSlugs.glossary)
  return glossaryRules(configured ? await payload.findGlobal({ slug: globalSlugs.glossary, depth: 0, overrideAccess: true, req }) : undefined)
}

/** {@link loadGlossaryRules}, read once per request. */
const rulesFor = async (req: PayloadRequest): Promise<ReadabilityRules & { targetGrade: number }> => {
  const cached = req.context.readabilityRules as (ReadabilityRules & { targetGrade: number }) | undefined
  if (cached) return cached
  const rules = await loadGlossaryRules(req.payload, req)
  req.context.readabilityRules = rules
  return rules
}

const jargonTerms = (problems: ReadabilityProblem[]) => [...new Set(problems.flatMap((problem) => (problem.term ? [problem.term] : [])))]

/**
 * The last analyses by text and rules, so publishing what was just saved as a draft (or saving a
 * document whose text did not change) does not analyse the same text again. The 200 most recent.
 */
const recentAnalyses = new LRUCache<string, ReadabilityAnalysis>({ max: 200 })
const analyzeOnce = (readabilitySources: ReadabilitySource[], rules: ReadabilityRules) => {
  const key = createHash('sha256').update(JSON.stringify([readabilitySources, rules])).digest('base64')
  let analysis = recentAnalyses.get(key)
  if (!analysis) {
    analysis = analyzeReadability(readabilitySources, rules)
    recentAnalyses.set(key, analysis)
  }
  return analysis
}

/**
 * beforeChange (collections and globals): analyses the visitor-facing text on every save and
 * stores the result in `readability`, with the target it was checked against. A clinical
 * reviewer's override reason covers the grade and the jargon present when it was written (kept
 * with the version, with who wrote it); a higher grade or new jargon needs the reason revisited.
 */
export const computeReadability = (sources: ReadabilitySourceField[], { forReaders = false }: { forReaders?: boolean } = {}) =>
  // Named: scripts/bench-publish.ts finds it to time publishing without it.
  async function storeReadability({ data, originalDoc, req }: { data: Record<string, unknown>; originalDoc?: Record<string, unknown>; req: PayloadRequest }) {
    const current = (path: string) => (valueAt(data, path) !== undefined ? valueAt(data, path) : valueAt(originalDoc, path))
    const { targetGrade, ...rules } = await rulesFor(req)
    const analysis = analyzeOnce(
      sources.map(({ path, label }) => ({ field: path, label, value: current(path) })),
      rules,
    )
    const before = (originalDoc?.readability ?? {}) as Partial<StoredReadability>
    const sent = (data.readability ?? {}) as Partial<StoredReadability>
    const reason = sent.overrideReason !== undefined ? sent.overrideReason : before.overrideReason
    const override = !reason
      ? { overrideReason: null, overriddenBy: null, overriddenGrade: null, overriddenTerms: [] }
      : reason === before.overrideReason
        ? { overrideReason: reason, overriddenBy: before.overriddenBy ?? null, overriddenGrade: before.overriddenGrade ?? null, overriddenTerms: before.overriddenTerms ?? [] }
        : { overrideReason: reason, overriddenBy: req.user?.id ?? null, overriddenGrade: analysis.grade, overriddenTerms: jargonTerms(analysis.problems) }
    const readability: StoredReadability = { ...analysis, targetGrade, checkedAt: new Date().toISOString(), ...override }
    if (!forReaders) return { ...data, readability }
    return { ...data, readability, forReaders: { grade: analysis.grade, minutes: Math.max(1, Math.round(analysis.words / readingWordsPerMinute)) } }
  }

/** What still blocks publishing in one field: the grade (at the field that reports it) and jargon found there, less what the override covers. */
const blockingMessages = (stored: Partial<StoredReadability>, path: string, reportsGrade: boolean) => {
  const covered = stored.overrideReason ? (stored.overriddenTerms ?? []) : []
  const coveredGrade = stored.overrideReason ? (stored.overriddenGrade ?? -Infinity) : -Infinity
  const messages = (stored.problems ?? [])
    .filter((problem) => problem.field === path && problem.term && !covered.includes(problem.term))
    .map((problem) => `${problem.message} Or have a clinical reviewer record an override reason under Readability.`)
  const { grade, targetGrade, words } = stored
  const graded = (words ?? 0) >= gradedMinimumWords && grade !== undefined && targetGrade !== undefined
  if (reportsGrade && graded && grade > targetGrade && grade > coveredGrade) {
    messages.unshift(
      `The text reads at grade ${grade} (${stored.gradeFormula === 'smog' ? 'SMOG' : 'Flesch–Kincaid'}), above the clinic's target of grade ${targetGrade}. ` +
        'Use shorter sentences and everyday words, or have a clinical reviewer record an override reason under Readability.',
    )
  }
  return messages
}

type ReadabilityCheckedField = TextField | TextareaField | RichTextField
const defaults = { text, textarea, richText } as Record<ReadabilityCheckedField['type'], Validate>

/**
 * A text, textarea or rich-text field whose readability gates publishing: its unexplained jargon
 * is an error at the field, and the field that `reportsGrade` (the main text) carries the error
 * for a grade above the target, reported together with every other field's error. Drafts save
 * freely. The field's own validation still runs. `path` is the field's dotted path when it sits
 * in a group (e.g. "contact.text").
 */
export const readabilityChecked = <F extends ReadabilityCheckedField>(field: F, options: { reportsGrade?: boolean; path?: string } = {}): F => {
  const own = (field.validate as Validate | undefined) ?? defaults[field.type]
  const validate: Validate = async (value, validateOptions) => {
    const result = await own(value, validateOptions)
    const { data, req } = validateOptions as { data: Checked; req: PayloadRequest }
    if (data?._status !== 'published' || exempt(req) || !data.readability) return result
    const messages = blockingMessages(data.readability, options.path ?? field.name, Boolean(options.reportsGrade))
    if (messages.length === 0) return result
    return [...(result === true ? [] : [result]), ...messages].join(' ')
  }
  return { ...field, validate } as F
}

/**
 * Not stored: the sidebar's "Readability as you type" (LiveReadability), over the same fields
 * `computeReadability` checks on save.
 */
export const liveReadabilityField = (sources: ReadabilitySourceField[]): Field => ({
  name: 'liveReadability',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: { path: `${client}#LiveReadability`, clientProps: { sources } } } },
})

const measure = (name: string, label: string, description: string): Field => ({ name, label, type: 'number', admin: { readOnly: true, description } })

/**
 * How fast patients read, for the estimated reading time: 200 words a minute, below the adult
 * average for non-fiction (about 238, Brysbaert 2019), since readers here may be unwell and the
 * text is about their health.
 */
export const readingWordsPerMinute = 200

/**
 * Public, for frontends: the reading grade and the estimated reading time ("Grade 7 · 5 min
 * read"), set on every save by `computeReadability(…, { forReaders: true })`.
 */
export const forReadersField = (): Field => ({
  name: 'forReaders',
  type: 'group',
  label: 'For readers',
  admin: {
    position: 'sidebar',
    description: 'What the website may show beside the title, worked out on every save.',
  },
  fields: [
    measure('grade', 'Reading grade', 'The same grade as under Readability.'),
    measure('minutes', 'Reading time (minutes)', `The words a visitor reads at ${readingWordsPerMinute} words a minute, rounded, at least 1.`),
  ],
})

/**
 * The stored readability analysis (staff read it; the public API never shows it) and the
 * override a clinical reviewer or admin records to publish above the target.
 */
export const readabilityField = (): Field => ({
  name: 'readability',
  type: 'group',
  label: 'Readability',
  access: { read: staffOnly },
  admin: {
    description:
      'How easy the text is to read, checked on every save. Publishing needs grade at or below the clinic’s target and every glossary term and acronym explained on first use, or an override reason from a clinical reviewer or admin.',
  },
  fields: [
    {
      type: 'row',
      fields: [
        measure('grade', 'Reading grade', 'The US school grade a reader needs: SMOG from 30 sentences, Flesch–Kincaid for shorter text. Checked against the target from 100 words.'),
        {
          name: 'gradeFormula',
          type: 'select',
          options: [
            { label: 'SMOG', value: 'smog' },
            { label: 'Flesch–Kincaid', value: 'flesch-kincaid' },
          ],
          admin: { readOnly: true, description: 'Which formula gave the reading grade.' },
        },
        measure('targetGrade', 'Target grade', 'The clinic’s target when this was checked (Glossary and reading level).'),
        measure('fleschKincaidGrade', 'Flesch–Kincaid grade', 'Another grade estimate, from sentence and word length.'),
        measure('smogGrade', 'SMOG grade', 'From words of three or more syllables per sentence.'),
        measure('fleschReadingEase', 'Reading ease', '0–100: higher is easier; 60–70 is plain English.'),
      ],
    },
    {
      type: 'row',
      fields: [
        measure('words', 'Words', 'Words of text a visitor reads.'),
        measure('sentences', 'Sentences', 'Sentences, headings counted as one each.'),
        measure('paragraphs', 'Paragraphs', 'Paragraphs and list items.'),
        measure('polysyllabicWords', 'Long words', 'Words of three or more syllables.'),
        measure('longSentences', 'Long sentences', 'Sentences over 25 words.'),
        measure('longParagraphs', 'Long paragraphs', 'Paragraphs over 150 words.'),
        measure('passiveShare', 'Passive share', 'Share of sentences in the passive voice (0–1).'),
      ],
    },
    { name: 'checkedAt', type: 'date', admin: { readOnly: true, description: 'When these figures were worked out (on every save).', date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'overrideReason',
      type: 'textarea',
      maxLength: 2000,
      access: { create: reviewersOnly, update: reviewersOnly },
      admin: {
        description:
          'Why this text may be published above the target grade or with the flagged terms (e.g. it is written for referring clinicians). Covers the grade and terms flagged now; a higher grade or new terms need it updated. Kept with this version.',
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'overriddenBy',
          type: 'relationship',
          relationTo: collectionSlugs.users,
          admin: { readOnly: true, description: 'Who gave the reason (filled in automatically).' },
        },
        measure('overriddenGrade', 'Grade the reason covers', 'The reading grade when the reason was written.'),
        { name: 'overriddenTerms', type: 'text', hasMany: true, admin: { readOnly: true, description: 'The terms and acronyms the reason covers.' } },
      ],
    },
    {
      name: 'problems',
      type: 'array',
      admin: { readOnly: true, description: 'Each problem, where it is and the sentence it is in.' },
      fields: [
        { name: 'message', type: 'textarea', admin: { readOnly: true, description: 'What to change, and where.' } },
        { name: 'excerpt', label: 'Sentence', type: 'textarea', admin: { readOnly: true, description: 'The sentence it is in.' } },
        // In the message already; kept apart for the API and the gate.
        { name: 'kind', type: 'text', admin: { hidden: true } },
        { name: 'where', type: 'text', admin: { hidden: true } },
        { name: 'field', type: 'text', admin: { hidden: true } },
        { name: 'term', type: 'text', admin: { hidden: true } },
      ],
    },
  ],
})
