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

/** The Glossary global as stored (or as its REST answer reads). */
export type SavedGlossary = {
  updatedAt?: string | null
  targetGrade?: number | null
  terms?: { term: string; plain?: string | null }[] | null
  knownAcronyms?: string[] | null
}

/**
 * The rules the check applies: the Glossary global as staff saved it, or these defaults until
 * they first save it (or when the host app leaves the global out). Used on the server, on every
 * save, and in the editor's live panel, so both measure against the same rules.
 */
export const glossaryRules = (saved?: SavedGlossary | null) =>
  saved?.updatedAt
    ? {
        targetGrade: saved.targetGrade ?? defaultTargetGrade,
        glossary: (saved.terms ?? []).map(({ term, plain }) => ({ term, plain })),
        knownAcronyms: saved.knownAcronyms ?? [],
      }
    : { targetGrade: defaultTargetGrade, glossary: defaultGlossary, knownAcronyms: defaultKnownAcronyms }
