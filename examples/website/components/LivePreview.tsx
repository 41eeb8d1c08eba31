'use client'

import { useLivePreview } from '@payloadcms/live-preview-react'
import { useCallback } from 'react'

import type { Article, ClinicInfo, ProviderDiscount, Service } from '../../payload-types'
import { keepFilledIn } from '../lib/keepFilledIn'
import { ArticleView, ClinicView, DiscountView, ServiceView } from './views'

type RequestHandler = NonNullable<Parameters<typeof useLivePreview>[0]['requestHandler']>

type Props =
  | { kind: 'article'; initial: Article; api: string }
  | { kind: 'service'; initial: Service; api: string }
  | { kind: 'provider-discount'; initial: ProviderDiscount; api: string }
  | { kind: 'clinic'; initial: ClinicInfo; api: string }

/**
 * The page as the editor types, inside the admin's Live Preview pane: the admin posts the form's
 * data to this frame on every change, and the same view the public sees renders it.
 * Payload's default request handler would ask the API to fill in related documents with the
 * editor's cookie, which the public API never accepts from another origin; the form's data
 * plus the related documents already on the page are all the page shows.
 */
export function LivePreview(props: Props) {
  const { initial, api } = props
  const requestHandler = useCallback<RequestHandler>(async ({ data }) => Response.json(keepFilledIn(data.data, initial)), [initial])
  const { data } = useLivePreview<typeof initial>({ initialData: initial, serverURL: api, depth: 1, requestHandler })
  switch (props.kind) {
    case 'article':
      return <ArticleView article={data as Article} api={api} />
    case 'service':
      return <ServiceView service={data as Service} api={api} />
    case 'provider-discount':
      return <DiscountView discount={data as ProviderDiscount} api={api} />
    case 'clinic':
      return <ClinicView clinic={data as ClinicInfo} />
  }
}
