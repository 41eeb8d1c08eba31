import type { Payload } from 'payload'

type Props = {
  payload: Payload
  data?: Record<string, unknown>
  field: { name: string; label?: unknown; admin?: { description?: unknown } }
}

/**
 * A read-only "who" field (Created by, Updated by) shown as the person's name. Payload's own
 * relationship field would show "Untitled - ID: 2" to staff who may not read other accounts
 * (only admins and managers may): the name alone is no secret among staff, so it is looked up here.
 */
export const PersonName = async ({ payload, data, field }: Props) => {
  const value = data?.[field.name] as number | string | { id: number | string } | null | undefined
  const id = value && typeof value === 'object' ? value.id : value
  const person =
    id == null ? null : await payload.findByID({ collection: payload.config.admin.user as never, id, depth: 0, disableErrors: true, overrideAccess: true })
  const name = person ? String((person as { name?: unknown }).name || 'an account without a name') : '—'
  return (
    <div className="field-type person-name">
      <span className="field-label">{typeof field.label === 'string' ? field.label : field.name}</span>
      <p className="person-name__value">{name}</p>
      {typeof field.admin?.description === 'string' && <div className="field-description">{field.admin.description}</div>}
    </div>
  )
}
