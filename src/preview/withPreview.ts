import type { CollectionConfig, GlobalConfig } from 'payload'

import { previewedRead } from './previewedRead'
import { defaultPreviewPaths, previewLink, type PreviewOptions } from './previewLink'

/**
 * Adds the admin's Preview button and Live Preview to a collection or global that has a
 * frontend path, pointing at `options.url` (default `PREVIEW_URL`), and lets a preview token
 * read the draft it names (src/preview/previewedRead.ts). Without a URL, or without a path for
 * this slug, the entity is returned unchanged.
 */
export const withPreview = <T extends CollectionConfig | GlobalConfig>(entity: T, kind: 'collection' | 'global', options: PreviewOptions = {}): T => {
  const url = options.url ?? process.env.PREVIEW_URL
  const path = { ...defaultPreviewPaths, ...options.paths }[entity.slug]
  if (!url || !path) return entity
  const target = kind === 'collection' ? { collection: entity.slug } : { global: entity.slug }
  const link = previewLink({ url, path, tokenSeconds: options.tokenSeconds ?? 600 }, target)
  return {
    ...entity,
    access: { ...entity.access, read: previewedRead(entity.access?.read, target) },
    admin: {
      ...entity.admin,
      preview: link,
      livePreview: { url: ({ data, req }: { data: Record<string, unknown>; req: Parameters<typeof link>[1]['req'] }) => link(data, { req }) ?? '' },
    },
  }
}
