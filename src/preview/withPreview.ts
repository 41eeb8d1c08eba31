import type { CollectionConfig, GlobalConfig } from 'payload'

import { client } from '../packageEntries'
import { previewedRead } from './previewedRead'
import { defaultPreviewPaths, previewLink, type PreviewOptions } from './previewLink'

/**
 * Adds the admin's Preview button and Live Preview to a collection or global that has a
 * frontend path, pointing at `options.url` (default `PREVIEW_URL`), and lets a preview token
 * read the draft it names (src/preview/previewedRead.ts). Without a URL the Preview button is
 * shown disabled, saying so; without a path for this slug, the entity is returned unchanged.
 */
export const withPreview = <T extends CollectionConfig | GlobalConfig>(entity: T, kind: 'collection' | 'global', options: PreviewOptions = {}): T => {
  const url = options.url ?? process.env.PREVIEW_URL
  const path = { ...defaultPreviewPaths, ...options.paths }[entity.slug]
  if (!path) return entity
  // No website to preview on yet: the button stays, disabled, saying what is missing.
  if (!url) {
    const components = (entity.admin?.components ?? {}) as Record<string, Record<string, unknown> | undefined>
    const group = kind === 'collection' ? 'edit' : 'elements'
    const withButton = { ...components, [group]: { ...components[group], PreviewButton: `${client}#PreviewNotSetUp` } }
    return { ...entity, admin: { ...entity.admin, preview: () => null, components: withButton } }
  }
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
