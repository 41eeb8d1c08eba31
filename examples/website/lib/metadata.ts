import type { Metadata } from 'next'

import type { Media } from '../../payload-types'
import { apiUrl } from './settings'

type Page = { title: string; description?: string | null; path: string; image?: Media | number | null; type?: 'website' | 'article' }

/** A page's title, description, canonical URL and Open Graph card (relative to `metadataBase`, the site's origin). */
export const pageMetadata = ({ title, description, path, image, type = 'website' }: Page): Metadata => {
  const picture =
    image && typeof image === 'object' && image.url
      ? [{ url: new URL(image.sizes?.wide?.url ?? image.url, apiUrl()).toString(), width: image.sizes?.wide?.width ?? image.width ?? undefined, height: image.sizes?.wide?.height ?? image.height ?? undefined, alt: image.alt }]
      : undefined
  return {
    title,
    description: description ?? undefined,
    alternates: { canonical: path },
    openGraph: { title, description: description ?? undefined, url: path, type, images: picture },
  }
}
