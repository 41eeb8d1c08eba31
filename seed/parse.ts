/** The clinic's source document, as structure: what the seed turns into content. */
export type SourceDocument = {
  title: string
  /** Body sections before the quote, in order. */
  sections: { heading: string; paragraphs: string[] }[]
  quote: { text: string; attribution: string }
  /** The section after the quote: the call to action. */
  contact: { heading: string; paragraphs: string[] }
}

type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'attribution'; text: string }

const QUOTE = /^[“"](.+)[”"]$/s
const ATTRIBUTION = /^[—–-]\s*(.+)$/
// A heading is one short line; paragraphs run to several sentences.
const isHeading = (text: string) => !text.includes('\n') && text.split(/\s+/).length <= 12

const classify = (text: string): Block => {
  const quote = QUOTE.exec(text)
  if (quote) return { kind: 'quote', text: quote[1].trim() }
  const attribution = ATTRIBUTION.exec(text)
  if (attribution) return { kind: 'attribution', text: attribution[1].trim() }
  return { kind: isHeading(text) ? 'heading' : 'paragraph', text }
}

const fail = (message: string): never => {
  throw new Error(`Cannot parse the source document: ${message}`)
}

const toSections = (blocks: Block[], where: string) => {
  const sections: { heading: string; paragraphs: string[] }[] = []
  for (const block of blocks) {
    if (block.kind === 'heading') sections.push({ heading: block.text, paragraphs: [] })
    else if (block.kind === 'paragraph' && sections.length) sections.at(-1)!.paragraphs.push(block.text)
    else fail(`unexpected ${block.kind} "${block.text.slice(0, 40)}" ${where}.`)
  }
  if (!sections.length || sections.some((section) => !section.paragraphs.length)) {
    fail(`every section ${where} needs a heading followed by paragraphs.`)
  }
  return sections
}

/**
 * Parses the source layout: a title line, sections of a heading followed by paragraphs, one
 * quote in typographic marks with a "— Name" line, then one last section (the contact block).
 * Blocks are separated by blank lines; text is kept exactly as written.
 */
export const parseSource = (source: string): SourceDocument => {
  const [title, ...blocks] = source
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map(classify)
  if (title?.kind !== 'heading') fail('it must start with a title line.')

  const quoteAt = blocks.findIndex((block) => block.kind === 'quote')
  if (quoteAt < 0) fail('it has no quote.')
  const attribution = blocks[quoteAt + 1]
  if (attribution?.kind !== 'attribution') fail('the quote must be followed by a "— Name" line.')

  const sections = toSections(blocks.slice(0, quoteAt), 'before the quote')
  const closing = toSections(blocks.slice(quoteAt + 2), 'after the quote')
  if (closing.length !== 1) fail('it must end with exactly one section after the quote.')

  return {
    title: title.text,
    sections,
    quote: { text: blocks[quoteAt].text, attribution: attribution.text },
    contact: closing[0],
  }
}

/** The sentences of a paragraph; "ALT. or" stays whole because a sentence starts with a capital. */
export const sentences = (paragraph: string) => paragraph.split(/(?<=[.!?])\s+(?=[A-Z“"])/)
