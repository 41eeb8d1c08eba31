'use client'

import type { TextFieldClientComponent } from 'payload'

import { PasswordField, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'

const required = (value: null | string | undefined) => Boolean(value) || 'Enter your current password to choose a new one.'

/**
 * The current password (src/auth/currentPassword.ts): shown on one's own account while a new
 * password is being entered, which is when Payload's "Change Password" puts `password` in the form.
 */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => {
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const changingPassword = useFormFields(([fields]) => Boolean(fields.password))
  if (!changingPassword || id === undefined || String(id) !== String(user?.id)) return null
  return <PasswordField autoComplete="current-password" field={{ ...field, required: true }} path={path ?? field.name} validate={required} />
}
