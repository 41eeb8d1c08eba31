/** The medical disclaimer the content carries (an article's, a service's), shown with it. */
export function Disclaimer({ text }: { text: string | null | undefined }) {
  if (!text) return null
  return (
    <aside className="disclaimer" aria-label="Medical disclaimer">
      <p>{text}</p>
    </aside>
  )
}
