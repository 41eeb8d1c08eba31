'use client'

import type { FormEvent } from 'react'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

type Props = { api: string; admin: string; enrolled: boolean; pending: boolean }
type Setup = { qrCode: string; secret: string }

const post = async (url: string, body?: object) => {
  const res = await fetch(url, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = await res.json().catch(() => ({}))
  return { ok: res.ok, json, error: (json?.errors?.[0]?.message as string | undefined) ?? `The server answered ${res.status}.` }
}

const CodeField = ({ id, label, hint, numeric }: { id: string; label: string; hint: string; numeric: boolean }) => (
  <div className="field-type text">
    <label className="field-label" htmlFor={id}>
      {label}
    </label>
    <div className="field-type__wrap">
      <input id={id} name={id} type="text" required autoFocus autoComplete="one-time-code" inputMode={numeric ? 'numeric' : 'text'} aria-describedby={`${id}-hint`} />
    </div>
    <p id={`${id}-hint`} className="field-description">
      {hint}
    </p>
  </div>
)

/** The enrol / verify steps; each answer comes from /api/users/two-factor/*. */
export const TwoFactorForm = ({ api, admin, enrolled, pending }: Props) => {
  const [setup, setSetup] = useState<Setup | null>(null)
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null)
  const [useRecovery, setUseRecovery] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const base = `${api}/users/two-factor`
  // A full load, so the admin renders again with this session now verified.
  const enterAdmin = () => window.location.assign(admin)

  const start = async () => {
    const res = await post(`${base}/setup`)
    if (res.ok) setSetup(res.json as Setup)
    setError(res.ok ? null : res.error)
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const value = String(new FormData(event.currentTarget).get(useRecovery ? 'recoveryCode' : 'code') ?? '')
    const res = enrolled
      ? await post(`${base}/verify`, useRecovery ? { recoveryCode: value } : { code: value })
      : await post(`${base}/confirm`, { code: value })
    if (!res.ok) return setError(res.error)
    setError(null)
    if (enrolled) return enterAdmin()
    setRecoveryCodes(res.json.recoveryCodes as string[])
  }

  const errorLine = error ? (
    <p role="alert" className="field-error">
      {error}
    </p>
  ) : null

  if (recoveryCodes) {
    return (
      <section aria-labelledby="two-factor-title">
        <h1 id="two-factor-title">Save your recovery codes</h1>
        <p>Each code signs you in once if your phone is lost. They are shown only now: print them or keep them in a password manager.</p>
        <ul className="two-factor__codes">
          {recoveryCodes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <Button onClick={enterAdmin}>I saved them: continue</Button>
      </section>
    )
  }

  if (enrolled && !pending) {
    return (
      <section aria-labelledby="two-factor-title">
        <h1 id="two-factor-title">Two-factor sign-in is on</h1>
        <p>Lost your phone? An admin can reset it for you; then you enrol again here.</p>
        <Button el="link" url={admin}>
          Back to the admin
        </Button>
      </section>
    )
  }

  if (enrolled) {
    const field = useRecovery
      ? { id: 'recoveryCode', label: 'Recovery code', hint: 'One of the codes you saved when you enrolled, like K7QP2-MZ4TX.', numeric: false }
      : { id: 'code', label: 'Authentication code', hint: 'The 6-digit code your authenticator app shows for ALT.', numeric: true }
    return (
      <form onSubmit={submit} aria-labelledby="two-factor-title">
        <h1 id="two-factor-title">Two-factor sign-in</h1>
        <CodeField key={field.id} {...field} />
        {errorLine}
        <Button type="submit">Verify</Button>
        <Button buttonStyle="secondary" onClick={() => setUseRecovery(!useRecovery)}>
          {useRecovery ? 'Use a code from the app' : 'Use a recovery code'}
        </Button>
        <p>
          <a href={`${admin}/logout`}>Log out</a>
        </p>
      </form>
    )
  }

  return (
    <section aria-labelledby="two-factor-title">
      <h1 id="two-factor-title">Set up two-factor sign-in</h1>
      <p>
        {pending
          ? 'Your role reads patients’ messages or manages accounts, so it needs a second step at sign-in: a code from an authenticator app on your phone.'
          : 'Add a second step to your sign-in: a code from an authenticator app on your phone.'}
      </p>
      {!setup ? (
        <Button onClick={start}>Start</Button>
      ) : (
        <form onSubmit={submit}>
          <p>1. In your authenticator app (for example Google Authenticator, Microsoft Authenticator or 1Password), add an account by scanning this code:</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL drawn on our server, nothing to optimise */}
          <img src={setup.qrCode} alt="QR code for your authenticator app" width={200} height={200} />
          <p>
            Cannot scan? Enter this key instead: <code>{setup.secret}</code>
          </p>
          <p>2. Enter the code the app shows now:</p>
          <CodeField id="code" label="Authentication code" hint="6 digits; a new one appears every 30 seconds." numeric />
          {errorLine}
          <Button type="submit">Confirm</Button>
        </form>
      )}
      {!setup && errorLine}
      <p>
        <a href={`${admin}/logout`}>Log out</a>
      </p>
    </section>
  )
}
