import { readFileSync } from 'node:fs'

import { parseSource, sentences } from '../../seed/parse'
import { sourcePath } from '../../seed/seed'

const source = readFileSync(sourcePath, 'utf8')

describe('parseSource on the clinic document', () => {
  const doc = parseSource(source)

  test('finds the title, the three sections and their eight paragraphs in order', () => {
    expect(doc.title).toBe('Understanding Ketamine')
    expect(doc.sections.map((section) => [section.heading, section.paragraphs.length])).toEqual([
      ['What is Ketamine?', 3],
      ['How Ketamine Assisted Psychotherapy Works', 2],
      ['The Importance of Integration', 3],
    ])
    expect(doc.sections[0].paragraphs[0]).toMatch(/^Ketamine is a medication .* beyond anesthesia\.$/)
  })

  test('takes the quote without its typographic marks, and the attribution without its dash', () => {
    expect(doc.quote).toEqual({
      text: 'The essence of well-being is the integration of different aspects of our lives into a cohesive whole.',
      attribution: 'Daniel J. Siegel',
    })
  })

  test('takes the contact block after the quote', () => {
    expect(doc.contact.heading).toBe('Contact us.')
    expect(doc.contact.paragraphs).toHaveLength(1)
    expect(doc.contact.paragraphs[0]).toMatch(/^To discover more .* healthcare teams!$/)
  })

  test('keeps every non-blank line of the source', () => {
    const parsed = [
      doc.title,
      ...doc.sections.flatMap((section) => [section.heading, ...section.paragraphs]),
      `“${doc.quote.text}”`,
      `— ${doc.quote.attribution}`,
      doc.contact.heading,
      ...doc.contact.paragraphs,
    ]
    const lines = source.split('\n').map((line) => line.trim()).filter(Boolean)
    expect(parsed).toEqual(lines)
  })
})

describe('parseSource on other layouts', () => {
  const quote = '“Be here.”\n\n— Someone'

  test('accepts Windows line endings and extra blank lines', () => {
    const doc = parseSource(`Title\r\n\r\n\r\nHeading\r\n\r\nA paragraph. It has two sentences but is long enough to be prose and not a heading at all.\r\n\r\n${quote}\r\n\r\nContact\r\n\r\nWrite to us, please, whenever you would like to, and we will answer you soon.`)
    expect(doc.sections).toEqual([{ heading: 'Heading', paragraphs: [expect.stringMatching(/^A paragraph/)] }])
    expect(doc.quote).toEqual({ text: 'Be here.', attribution: 'Someone' })
  })

  test.each([
    ['no quote', 'Title\n\nHeading\n\nA long paragraph that is certainly more than twelve words long, so it is prose.'],
    ['a quote without attribution', `Title\n\nHeading\n\nA long paragraph that is certainly more than twelve words long, so it is prose.\n\n“Be here.”\n\nContact\n\nA long paragraph that is certainly more than twelve words long, so it is prose.`],
    ['a heading without paragraphs', `Title\n\nHeading\n\n${quote}\n\nContact\n\nA long paragraph that is certainly more than twelve words long, so it is prose.`],
    ['nothing after the quote', `Title\n\nHeading\n\nA long paragraph that is certainly more than twelve words long, so it is prose.\n\n${quote}`],
    ['an empty document', ''],
  ])('refuses %s with a clear error', (_name, text) => {
    expect(() => parseSource(text)).toThrow(/^Cannot parse the source document: /)
  })
})

test('sentences splits at sentence ends but not inside "ALT. or"', () => {
  expect(sentences('Visit ALT. or call. We help! Do you?')).toEqual(['Visit ALT. or call.', 'We help!', 'Do you?'])
})
