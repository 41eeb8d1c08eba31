'use client'

import type { TextFieldClientComponent } from 'payload'

import { PasswordField, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'

const required = (value: null | string | undefined) => Boolean(value) || 'Enter your current password.'

/**
 * The current password (src/auth/currentPassword.ts): shown on one's own account while a new
 * password is being entered (Payload's "Change Password" puts `password` in the form) or the
 * email is being changed.
 */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => {
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const changing = useFormFields(([fields]) => Boolean(fields.password) || fields.email?.value !== fields.email?.initialValue)
  if (!changing || id === undefined || String(id) !== String(user?.id)) return null
  return <PasswordField autoComplete="current-password" field={{ ...field, required: true }} path={path ?? field.name} validate={required} />
}
