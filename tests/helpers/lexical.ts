/** The text of each block (paragraph, heading, quote) of a Lexical document, in order. */
export const lexicalBlocks = (value: unknown): string[] => {
  const root = (value as { root?: { children?: unknown[] } } | null)?.root
  const textOf = (node: any): string =>
    typeof node?.text === 'string' ? node.text : (node?.children ?? []).map(textOf).join('')
  return (root?.children ?? []).map(textOf)
}
