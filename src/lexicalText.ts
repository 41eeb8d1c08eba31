/** A node of Lexical rich text, as stored: text leaves inside blocks. */
export type LexicalNode = { type?: string; tag?: string; text?: string; children?: LexicalNode[] }

/** The words of a Lexical node, run together as they read. */
export const textOf = (node: LexicalNode): string => (typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join(''))

/** The words of a Lexical document (or of nothing), one top-level block after another. */
export const lexicalText = (value: unknown): string =>
  ((value as { root?: { children?: LexicalNode[] } } | null)?.root?.children ?? []).map(textOf).join('\n')
