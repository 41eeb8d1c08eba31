import { readFileSync } from 'node:fs'

import rs from 'text-readability'
import { flesch } from 'flesch'
import { fleschKincaid } from 'flesch-kincaid'
import { smogFormula } from 'smog-formula'
import { syllable } from 'syllable'

import { heading, paragraph, richText } from '../../seed/lexical'
import { contentFromSource } from '../../seed/content'
import { parseSource } from '../../seed/parse'
import { sourcePath } from '../../seed/seed'
import { analyzeReadability } from '../../src/readability/analyzeReadability'
import { defaultGlossary, defaultKnownAcronyms } from '../../src/readability/defaultGlossary'
import { visitorBlocks } from '../../src/readability/visitorText'
import { readDoc } from '../helpers/docs'

const rules = { glossary: defaultGlossary, knownAcronyms: defaultKnownAcronyms }
const analyze = (...texts: string[]) => analyzeReadability([{ field: 'body', label: 'Body', value: richText(texts.map((text) => paragraph(text))) }], rules)
const jargon = (...texts: string[]) => analyze(...texts).problems.filter((problem) => problem.term).map((problem) => problem.term)

describe('the formulas match the libraries’ published worked examples', () => {
  // Each example is from the package's readme (npm, by Titus Wormer), which cites the formula's paper.
  test('flesch readme: "The cat sat on the mat" (1 sentence, 6 words, 6 syllables) reads at 116.145', () => {
    expect(flesch({ sentence: 1, word: 6, syllable: 6 })).toBeCloseTo(116.145, 3)
    expect(analyze('The cat sat on the mat.')).toMatchObject({ sentences: 1, words: 6, fleschReadingEase: 116.1 })
  })

  test('flesch readme: the platypus sentence (1 sentence, 12 words, 23 syllables) reads at 32.505', () => {
    expect(flesch({ sentence: 1, word: 12, syllable: 23 })).toBeCloseTo(32.505, 3)
  })

  test('flesch-kincaid readme: the platypus sentence (1 sentence, 13 words, 26 syllables) is grade 13.08', () => {
    expect(fleschKincaid({ sentence: 1, word: 13, syllable: 26 })).toBeCloseTo(13.08, 2)
  })

  test('smog-formula readme: the platypus sentence (1 sentence, 4 words of 3+ syllables) is grade 14.55', () => {
    expect(smogFormula({ sentence: 1, polysillabicWord: 4 })).toBeCloseTo(14.554593, 5)
    // Our tokenising and syllable counts find the same four words in the same sentence.
    const platypus = analyze('The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.')
    expect(platypus).toMatchObject({ sentences: 1, words: 13, polysyllabicWords: 4, smogGrade: 14.6 })
  })

  test('syllable readme: its examples', () => {
    expect(['syllable', 'unicorn', 'hi', 'hihi', 'mmmmmmmmmmmmmmmm', 'wine', 'bottle', 'wine-bottle'].map((word) => syllable(word))).toEqual([3, 3, 1, 2, 1, 1, 2, 3])
  })
})

describe('the text a visitor reads', () => {
  test('headings, paragraphs and list items, with link words but not URLs', () => {
    const value = {
      root: {
        type: 'root',
        children: [
          heading('What to expect'),
          {
            type: 'paragraph',
            children: [{ type: 'text', text: 'Read ' }, { type: 'link', fields: { url: 'https://example.org/guide' }, children: [{ type: 'text', text: 'our guide' }] }, { type: 'text', text: '.' }],
          },
          { type: 'list', children: [{ type: 'listitem', children: [{ type: 'text', text: 'Rest after.' }] }, { type: 'listitem', children: [{ type: 'text', text: 'Bring a friend.' }] }] },
          { type: 'upload', value: 7 },
        ],
      },
    }
    expect(visitorBlocks(value)).toEqual([
      { kind: 'heading', text: 'What to expect' },
      { kind: 'paragraph', text: 'Read our guide.' },
      { kind: 'list item', text: 'Rest after.' },
      { kind: 'list item', text: 'Bring a friend.' },
    ])
  })

  test('a plain string is split into paragraphs at blank lines', () => {
    expect(visitorBlocks('One.\n\nTwo.').map((block) => block.text)).toEqual(['One.', 'Two.'])
  })
})

describe('problems', () => {
  test('a sentence over 25 words and a paragraph over 150 words', () => {
    const long = `${'We talk about how you feel and what you want from care '.repeat(2)}today and next week.`
    const result = analyze(long, `${'You rest. '.repeat(76)}`)
    expect(result.longSentences).toBe(1)
    expect(result.longParagraphs).toBe(1)
    expect(result.problems.find((problem) => problem.kind === 'long-sentence')).toMatchObject({ where: 'Body, paragraph 1' })
    expect(result.problems.find((problem) => problem.kind === 'long-paragraph')).toMatchObject({ where: 'Body, paragraph 2' })
  })

  test('passive share counts sentences in the passive voice, irregular and regular', () => {
    expect(analyze('He was withheld. The dose is adjusted. We talk.').passiveShare).toBe(0.67)
  })

  test('"NMDA" is unexplained on first use, and not once spelled out in the same or an earlier sentence', () => {
    expect(jargon('Ketamine blocks NMDA sites.')).toEqual(['NMDA'])
    expect(jargon('Ketamine blocks NMDA (N-methyl-D-aspartate) sites.')).toEqual([])
    expect(jargon('It acts on N-methyl-D-aspartate (NMDA) sites.', 'NMDA sites matter.')).toEqual([])
    expect(jargon('NMDA sites matter.', 'They are N-methyl-D-aspartate (NMDA) sites.')).toEqual(['NMDA'])
  })

  test('acronyms readers know are not flagged', () => {
    expect(jargon('Contact ALT. today.')).toEqual([])
  })

  test('a glossary term needs an explanation or its plain alternative at first use', () => {
    expect(jargon('Ketamine promotes neuroplasticity.')).toEqual(['neuroplasticity'])
    expect(jargon('Ketamine promotes neuroplasticity, the brain’s ability to change.', 'Neuroplasticity helps.')).toEqual([])
    expect(jargon('It changes a neurotransmitter, a chemical messenger.')).toEqual([])
    expect(jargon('We offer psychotherapy (talk therapy).')).toEqual([])
    expect(analyze('We offer psychotherapy.').problems[0].message).toBe('"psychotherapy" is used without an explanation in Body, paragraph 1: use "talk therapy" instead, or explain it.')
  })
})

describe('the seed article, "Understanding Ketamine"', () => {
  const doc = parseSource(readFileSync(sourcePath, 'utf8'))
  const { article } = contentFromSource(doc)
  const paragraphs = doc.sections.flatMap((section) => section.paragraphs)

  test('its body (headings and paragraphs) reads at about grade 16–17.5', () => {
    const result = analyzeReadability([{ field: 'body', label: 'Body', value: article.body }], rules)
    expect(result).toMatchObject({ words: 880, sentences: 40, paragraphs: 8, fleschKincaidGrade: 16, smogGrade: 17.5, fleschReadingEase: 19.2, grade: 17.5, gradeFormula: 'smog' })
    expect(result.problems.filter((problem) => problem.term).map((problem) => problem.term)).toEqual(['anesthetic', 'NMDA receptor', 'neurotransmitter', 'psychotherapy', 'suicidal ideation', 'PTSD'])
  })

  test('its paragraphs agree within 0.5 grade with the formulas over text-readability’s independent counts', () => {
    const ours = analyzeReadability([{ field: 'body', label: 'Body', value: paragraphs.join('\n\n') }], rules)
    // Joined by spaces: text-readability only splits sentences before a capital after one space or newline.
    const text = paragraphs.join(' ')
    const words = rs.lexiconCount(text)
    const sentences = rs.sentenceCount(text)
    // Kincaid et al. (1975) and McLaughlin (1969), the formulas' own coefficients.
    const independentFk = 0.39 * (words / sentences) + 11.8 * (rs.syllableCount(text) / words) - 15.59
    const independentSmog = 1.043 * Math.sqrt(rs.polySyllableCount(text) * (30 / sentences)) + 3.1291
    expect({ words, sentences }).toEqual({ words: ours.words, sentences: ours.sentences })
    expect(Math.abs(ours.fleschKincaidGrade - independentFk)).toBeLessThanOrEqual(0.5)
    expect(Math.abs(ours.smogGrade - independentSmog)).toBeLessThanOrEqual(0.5)
  })
})

test('below 30 sentences the reading grade is Flesch–Kincaid, where SMOG overstates', () => {
  // 1 sentence, 4 words, 8 syllables, 2 of 3+: FK 0.39×4 + 11.8×2 − 15.59 = 9.57; SMOG 1.043×√60 + 3.1291 = 11.21.
  expect(analyze('Ketamine can ease depression.')).toMatchObject({ gradeFormula: 'flesch-kincaid', grade: 9.6, smogGrade: 11.2 })
})

describe('the examples in docs/editors.md are what the analysis says', () => {
  const doc = readDoc('docs/editors.md')
  const examples = [...doc.matchAll(/<!-- readability: (\{.*\}) -->\n```text\n([\s\S]*?)\n```/g)].map(([, expected, text]) => ({ expected: JSON.parse(expected), text }))

  test('the guide has its before-and-after examples', () => {
    expect(examples).toHaveLength(4)
  })

  test.each(examples)('$text', ({ expected, text }) => {
    const result = analyzeReadability([{ field: 'body', label: 'Body', value: text }], rules)
    expect({
      fleschKincaidGrade: result.fleschKincaidGrade,
      terms: result.problems.flatMap((problem) => (problem.term ? [problem.term] : [])),
      longSentences: result.longSentences,
    }).toEqual(expected)
  })

  test('the flagged messages it quotes are the ones editors see', () => {
    const messages = examples.flatMap(({ text }) => analyzeReadability([{ field: 'body', label: 'Body', value: text }], rules).problems.map((problem) => problem.message))
    for (const quoted of ['"NMDA" is used before it is spelled out', '"anesthetic" is used without an explanation']) {
      const message = messages.find((candidate) => candidate.startsWith(quoted))!
      expect(doc).toContain(`> ${message}`)
    }
  })

  test('the seed article’s figures it gives', () => {
    const { article } = contentFromSource(parseSource(readFileSync(sourcePath, 'utf8')))
    const result = analyzeReadability([{ field: 'body', label: 'Body', value: article.body }], rules)
    const whole = analyzeReadability(
      [
        { field: 'title', label: 'Title', value: article.title },
        { field: 'summary', label: 'Summary', value: article.summary },
        { field: 'body', label: 'Body', value: article.body },
      ],
      rules,
    )
    expect(doc.replace(/\s+/g, ' ')).toContain(
      `its body reads at about grade ${result.grade} (SMOG; Flesch–Kincaid ${result.fleschKincaidGrade}, reading ease ${Math.round(result.fleschReadingEase)} over ${result.words} words), ` +
        `and with its title and summary, as the *Readability* tab shows it, grade ${whole.grade} (Flesch–Kincaid ${whole.fleschKincaidGrade} over ${whole.words} words)`,
    )
  })
})
