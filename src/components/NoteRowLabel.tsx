'use client'

import { formatDate } from '@payloadcms/ui/shared'
import { useConfig, useRowLabel, useTranslation } from '@payloadcms/ui'

/** A note's heading in the list: when it was written, in the admin's date format. */
export const NoteRowLabel = () => {
  const { data, rowNumber } = useRowLabel<{ at?: string }>()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const number = `Note ${(rowNumber ?? 0) + 1}`
  return <span>{data?.at ? `${number} · ${formatDate({ date: data.at, i18n, pattern: config.admin.dateFormat })}` : number}</span>
}
