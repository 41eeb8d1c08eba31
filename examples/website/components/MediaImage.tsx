import type { Media } from '../../payload-types'

/**
 * An image from the `media` collection with its alt text, its intrinsic size (no layout shift),
 * and each generated size (thumbnail, card, wide) offered to the browser through `srcSet`.
 * `api` is the content server's origin: media URLs may be paths on it.
 */
export function MediaImage({ media, api, sizes = '(max-width: 48rem) 100vw, 48rem', priority = false }: { media: Media | number | null | undefined; api: string; sizes?: string; priority?: boolean }) {
  if (!media || typeof media !== 'object' || !media.url || !media.mimeType?.startsWith('image/')) return null
  const absolute = (url: string) => new URL(url, api).toString()
  const candidates = [...Object.values(media.sizes ?? {}), media].filter((size) => size?.url && size.width)
  return (
    <img
      src={absolute(media.url)}
      srcSet={candidates.map((size) => `${absolute(size!.url!)} ${size!.width}w`).join(', ')}
      sizes={sizes}
      alt={media.alt}
      width={media.width ?? undefined}
      height={media.height ?? undefined}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
    />
  )
}
