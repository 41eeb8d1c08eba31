'use client'

import { Button, ConfirmationModal, useConfig, useDocumentInfo, useFormFields, useModal, useTranslation } from '@payloadcms/ui'
import { formatDate } from '@payloadcms/ui/shared'
import { useState } from 'react'

type ReviewRequest = {
  status?: 'in-review' | 'sent-back' | null
  requestedByName?: string | null
  requestedAt?: string | null
  publishAt?: string | null
  comment?: string | null
  commentByName?: string | null
  commentAt?: string | null
}

const keys = ['status', 'requestedByName', 'requestedAt', 'publishAt', 'comment', 'commentByName', 'commentAt'] as const

/** The server's words for a refused action: its field messages, or its message. */
const problem = async (response: Response) => {
  const body = await response.json().catch(() => null)
  const error = body?.errors?.[0]
  const fields: { message: string }[] = error?.data?.errors ?? []
  return fields.length > 0 ? fields.map((field) => field.message).join(' ') : (error?.message ?? `The server answered ${response.status}.`)
}

/**
 * The "Review" box in the sidebar of articles, services and clinic-info: where the document stands
 * (in review, by whom, since when, the publish date asked for; or sent back, with the reviewer's
 * comment), and the action the viewer can take: editors submit it for review, people who may
 * publish send it back with a comment. Publishing clears it.
 */
export const ReviewRequestPanel = () => {
  const { id, collectionSlug, globalSlug, hasPublishPermission, hasSavePermission } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const { openModal } = useModal()
  const stored = useFormFields(([fields]) => Object.fromEntries(keys.map((key) => [key, fields[`reviewRequest.${key}`]?.value])) as ReviewRequest)
  const [changed, setChanged] = useState<ReviewRequest>()
  const [error, setError] = useState<string>()
  const [publishAt, setPublishAt] = useState('')
  const [comment, setComment] = useState('')
  const request = changed ?? stored
  const when = (date?: string | null) => (date ? formatDate({ date, i18n, pattern: config.admin.dateFormat }) : '')
  const modal = (action: string) => `review-${action}-${collectionSlug ?? globalSlug}`

  if (collectionSlug && !id) return null
  const base = `${config.serverURL}${config.routes.api}${globalSlug ? `/globals/${globalSlug}` : `/${collectionSlug}/${id}`}`
  const send = async (action: 'submit-for-review' | 'send-back', body: object) => {
    setError(undefined)
    const response = await fetch(`${base}/${action}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    if (!response.ok) return setError(await problem(response))
    setChanged(((await response.json()) as { reviewRequest: ReviewRequest }).reviewRequest)
  }

  const canSubmit = hasSavePermission && !hasPublishPermission
  const canSendBack = hasPublishPermission && request.status === 'in-review'
  return (
    <div className="review-request field-type">
      <h4 className="review-request__heading">Review</h4>
      {request.status === 'in-review' ? (
        <p className="review-request__status" data-status="in-review">
          <strong>In review</strong> since {when(request.requestedAt)}, submitted by {request.requestedByName}.
          {request.publishAt && <> Publish on {when(request.publishAt)} is asked for.</>}
        </p>
      ) : request.status === 'sent-back' ? (
        <div className="review-request__status" data-status="sent-back">
          <p>
            <strong>Sent back</strong> by {request.commentByName} on {when(request.commentAt)}:
          </p>
          <blockquote className="review-request__comment">{request.comment}</blockquote>
        </div>
      ) : (
        <p className="review-request__status">Not submitted for review.</p>
      )}
      {error && (
        <p className="review-request__error" role="alert">
          {error}
        </p>
      )}
      {canSubmit && (
        <Button buttonStyle="secondary" size="small" margin={false} onClick={() => openModal(modal('submit'))}>
          {request.status === 'in-review' ? 'Submit again' : 'Submit for review'}
        </Button>
      )}
      {canSendBack && (
        <Button buttonStyle="secondary" size="small" margin={false} onClick={() => openModal(modal('send-back'))}>
          Send back…
        </Button>
      )}
      <ConfirmationModal
        modalSlug={modal('submit')}
        heading="Submit for review?"
        body={
          <>
            <p>The clinical reviewers are emailed, and see it at the top of their queue. They publish it, or send it back with a comment.</p>
            <label className="review-request__label">
              Publish on (optional)
              <input type="datetime-local" value={publishAt} onChange={(event) => setPublishAt(event.target.value)} />
            </label>
          </>
        }
        confirmLabel="Submit for review"
        onConfirm={() => send('submit-for-review', publishAt ? { publishAt: new Date(publishAt).toISOString() } : {})}
      />
      <ConfirmationModal
        modalSlug={modal('send-back')}
        heading="Send back to the editor?"
        body={
          <label className="review-request__label">
            What should change? The editor sees this on the document.
            <textarea rows={5} value={comment} onChange={(event) => setComment(event.target.value)} />
          </label>
        }
        confirmLabel="Send back"
        onConfirm={() => send('send-back', { comment })}
      />
    </div>
  )
}
