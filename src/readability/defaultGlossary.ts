import type { GlossaryTerm } from './analyzeReadability'

/**
 * The glossary a new clinic starts with: terms the clinic's own content uses. A plain
 * alternative is a plain-language gloss of the word, not a clinical claim; an empty one means
 * "explain it on first use". Staff edit the list in the Glossary global.
 */
export const defaultGlossary: GlossaryTerm[] = [
  { term: 'anesthetic', plain: null },
  { term: 'dissociative', plain: null },
  { term: 'NMDA receptor', plain: null },
  { term: 'neuroplasticity', plain: null },
  { term: 'neurotransmitter', plain: 'chemical messenger' },
  { term: 'psychotherapy', plain: 'talk therapy' },
  { term: 'suicidal ideation', plain: 'thoughts of suicide' },
]

/** The clinic's own name is an acronym every visitor of its site knows. */
export const defaultKnownAcronyms = ['ALT']

/** Patient materials should read at grade 6–8 (NIH, AMA); the clinic can change it. */
export const defaultTargetGrade = 8
