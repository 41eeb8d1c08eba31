import type { JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

import type { Media } from '../../payload-types'
import { MediaImage } from './MediaImage'

type Data = Parameters<typeof LexicalRichText>[0]['data']

/**
 * Lexical rich text through Payload's own JSX converters; only images are ours, so that they
 * get their sizes and absolute URLs like every other image on the site.
 */
export function RichText({ data, api }: { data: Data | null | undefined; api: string }) {
  if (!data) return null
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    upload: ({ node }) => <MediaImage media={(node as { value: Media | number }).value} api={api} />,
  })
  return <LexicalRichText data={data} converters={converters} className="rich-text" />
}
