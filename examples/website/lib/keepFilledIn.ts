/**
 * `incoming` (a draft, or the form's data in Live Preview), where each related document that is
 * only an id is replaced by the same document filled in from `shown` (the page's published or
 * current data), in groups and lists too. A preview's draft comes with related documents as ids;
 * this keeps a page's quote, treatments and picture while the editor works on it.
 */
export const keepFilledIn = (incoming: unknown, shown: unknown): unknown => {
  if (Array.isArray(incoming)) {
    // A list item is matched by its id (or the id it is), else by its place (rich-text nodes).
    const candidates = Array.isArray(shown) ? shown : []
    const match = (item: unknown, index: number) =>
      candidates.find((old) => old?.id !== undefined && (old.id === item || old.id === (item as { id?: unknown } | null)?.id)) ?? candidates[index]
    return incoming.map((item, index) => keepFilledIn(item, match(item, index)))
  }
  if ((typeof incoming === 'number' || typeof incoming === 'string') && (shown as { id?: unknown } | undefined)?.id === incoming) return shown
  if (incoming && typeof incoming === 'object' && shown && typeof shown === 'object') {
    return Object.fromEntries(Object.entries(incoming).map(([key, value]) => [key, keepFilledIn(value, (shown as Record<string, unknown>)[key])]))
  }
  return incoming
}
