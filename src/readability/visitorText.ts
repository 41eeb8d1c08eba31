/** A block of text as the visitor reads it: a heading, a paragraph, a list item or a quote. */
export type VisitorBlock = { kind: 'heading' | 'paragraph' | 'list item' | 'quote'; text: string }

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

/** Inline text of a node: text runs and the words of links (never their URLs); a line break is a space. */
const inlineText = (node: LexicalNode): string => {
  if (node.type === 'linebreak' || node.type === 'tab') return ' '
  if (typeof node.text === 'string') return node.text
  return (node.children ?? []).map(inlineText).join('')
}

const blocksOf = (node: LexicalNode): VisitorBlock[] => {
  switch (node.type) {
    case 'heading':
      return [{ kind: 'heading', text: inlineText(node) }]
    case 'paragraph':
      return [{ kind: 'paragraph', text: inlineText(node) }]
    case 'quote':
      return [{ kind: 'quote', text: inlineText(node) }]
    case 'list':
      return (node.children ?? []).flatMap(blocksOf)
    case 'listitem': {
      // A nested list sits inside a list item: its items are blocks of their own.
      const nested = (node.children ?? []).filter((child) => child.type === 'list')
      const own = inlineText({ children: (node.children ?? []).filter((child) => child.type !== 'list') })
      return [{ kind: 'list item' as const, text: own }, ...nested.flatMap(blocksOf)]
    }
    default:
      // Uploads, relationships and custom blocks carry no prose the visitor reads as text.
      return []
  }
}

/**
 * The visitor-facing blocks of a field's value: Lexical rich text block by block (headings,
 * paragraphs, list items, quotes; link words but not URLs or markup), or a plain string split
 * into paragraphs at blank lines. Empty blocks are dropped.
 */
export const visitorBlocks = (value: unknown): VisitorBlock[] => {
  const blocks =
    typeof value === 'string'
      ? value.split(/\n\s*\n/).map((text) => ({ kind: 'paragraph' as const, text }))
      : ((value as { root?: LexicalNode } | null | undefined)?.root?.children ?? []).flatMap(blocksOf)
  return blocks.map((block) => ({ ...block, text: block.text.replace(/\s+/g, ' ').trim() })).filter((block) => block.text)
}
