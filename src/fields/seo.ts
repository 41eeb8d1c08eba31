import type { FieldHook, Tab } from 'payload'

export const seoLimits = { title: 70, description: 160 }

/** Cuts text to `max` characters at a word boundary, with an ellipsis when it had to cut. */
const shorten = (text: string, max: number) => {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max - 1)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:.]+$/, '')}…`
}

/** Fills an empty SEO field from another field of the document when it is saved. */
const generateFrom =
  (source: string, max: number): FieldHook =>
  ({ value, data }) => {
    const from = data?.[source]
    return value || (typeof from === 'string' && from.trim() ? shorten(from, max) : value)
  }

/**
 * The "SEO" tab: `meta.title`, `meta.description` and `meta.image`, the same fields (and names)
 * as @payloadcms/plugin-seo. Empty title and description are generated from the document when
 * it is saved; clear one to generate it again.
 */
export const seoTab = ({ titleFrom, descriptionFrom }: { titleFrom: string; descriptionFrom: string }): Tab => ({
  name: 'meta',
  label: 'SEO',
  description: 'How this page appears in search results and when shared. Leave empty to use the title and summary.',
  fields: [
    {
      name: 'title',
      type: 'text',
      maxLength: seoLimits.title,
      hooks: { beforeChange: [generateFrom(titleFrom, seoLimits.title)] },
      admin: { description: `Up to ${seoLimits.title} characters. Empty: the ${titleFrom}.` },
    },
    {
      name: 'description',
      type: 'textarea',
      maxLength: seoLimits.description,
      hooks: { beforeChange: [generateFrom(descriptionFrom, seoLimits.description)] },
      admin: { description: `Up to ${seoLimits.description} characters, shown under the title in search results. Empty: the ${descriptionFrom}, shortened.` },
    },
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'Shown when the page is shared (1200×630 works best). Needs alt text like every image.' },
    },
  ],
})
