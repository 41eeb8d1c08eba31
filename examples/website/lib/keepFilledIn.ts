/**
 * `incoming` (a draft, or the form's data in Live Preview), where each related document that is
 * only an id is replaced by the same document filled in from `shown` (the page's published or
 * current data), in groups and lists too. A preview's draft comes with related documents as ids;
 * this keeps a page's quote, treatments and picture while the editor works on it.
 */
export const keepFilledIn = (incoming: unknown, shown: unknown): unknown => {
  if (Array.isArray(incoming)) {
    const candidates = Array.isArray(shown) ? shown : []
    return incoming.map((item) => keepFilledIn(item, candidates.find((old) => old?.id === item || old?.id === item?.id)))
  }
  if ((typeof incoming === 'number' || typeof incoming === 'string') && (shown as { id?: unknown } | undefined)?.id === incoming) return shown
  if (incoming && typeof incoming === 'object' && shown && typeof shown === 'object') {
    return Object.fromEntries(Object.entries(incoming).map(([key, value]) => [key, keepFilledIn(value, (shown as Record<string, unknown>)[key])]))
  }
  return incoming
}
