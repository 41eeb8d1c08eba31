'use client'

import { type FormEvent, useEffect, useState } from 'react'

type FieldErrors = Record<string, string>

/**
 * The contact form, posted from the visitor's browser straight to the content server's intake
 * (so its rate limit counts each visitor): a form token fetched when the form is shown, an empty
 * honeypot, and the server's own message beside each field it refuses. The rules and messages
 * are the server's (docs/frontend.md#the-contact-form); `noValidate` lets them through.
 */
export function ContactForm({ api }: { api: string }) {
  const intake = `${api}/api/contact-submissions`
  const [formToken, setFormToken] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [status, setStatus] = useState('')

  const fetchToken = () =>
    fetch(`${intake}/form-token`)
      .then((res) => res.json())
      .then((answer: { formToken: string }) => setFormToken(answer.formToken))
      .catch(() => setStatus('The form could not be loaded. Please try again later.'))

  useEffect(() => void fetchToken(), [])

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const fields = Object.fromEntries(new FormData(form))
    setStatus('Sending…')
    try {
      const res = await fetch(intake, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...fields, consent: fields.consent === 'on', formToken }),
      })
      const answer = await res.json()
      if (res.status === 201) {
        setErrors({})
        form.reset()
        setStatus('Thank you. Your message has reached the clinic; we will reply soon.')
        return void fetchToken()
      }
      if (res.status === 429) return setStatus('Too many messages were sent from here. Please try again later.')
      const fieldErrors: { path: string; message: string }[] = answer.errors?.[0]?.data?.errors ?? []
      if (fieldErrors.some((error) => error.path === 'formToken')) void fetchToken()
      setErrors(Object.fromEntries(fieldErrors.map(({ path, message }) => [path, message])))
      setStatus(fieldErrors.length ? 'Please correct the fields marked above.' : (answer.errors?.[0]?.message ?? 'Something went wrong. Please try again.'))
    } catch {
      setStatus('The message could not be sent. Please check your connection and try again.')
    }
  }

  /** A field's label, control and message, linked for screen readers. */
  const field = (name: string, label: string, control: (props: { id: string; name: string; 'aria-invalid'?: true; 'aria-describedby': string }) => React.ReactNode) => (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {control({ id: name, name, 'aria-invalid': errors[name] ? true : undefined, 'aria-describedby': `${name}-error` })}
      <p className="error" id={`${name}-error`}>
        {errors[name]}
      </p>
    </div>
  )

  return (
    <form className="contact-form" onSubmit={submit} noValidate>
      {field('name', 'Name', (props) => <input {...props} autoComplete="name" required />)}
      {field('email', 'Email', (props) => <input {...props} type="email" autoComplete="email" required />)}
      {field('phone', 'Phone (optional)', (props) => <input {...props} type="tel" autoComplete="tel" />)}
      {field('inquiryType', 'What is it about?', (props) => (
        <select {...props} defaultValue="appointment">
          <option value="appointment">An appointment</option>
          <option value="provider-collaboration">Working together as providers</option>
          <option value="provider-discount">The provider discount</option>
          <option value="general">Something else</option>
        </select>
      ))}
      {field('preferredContactMethod', 'How should we reply?', (props) => (
        <select {...props} defaultValue="email">
          <option value="email">By email</option>
          <option value="phone">By phone</option>
        </select>
      ))}
      {field('message', 'Message', (props) => <textarea {...props} rows={6} required />)}
      <div className="field">
        <label className="consent" htmlFor="consent">
          <input id="consent" name="consent" type="checkbox" aria-invalid={errors.consent ? true : undefined} aria-describedby="consent-error" />I agree that the clinic may store
          this message and reply to it.
        </label>
        <p className="error" id="consent-error">
          {errors.consent}
        </p>
      </div>
      {/* The honeypot: off-screen for people, still a field to a bot that fills in everything. */}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="website">Leave this empty</label>
        <input id="website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <button type="submit">Send</button>
      <p role="status">{status}</p>
    </form>
  )
}
