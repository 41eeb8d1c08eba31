'use client'

import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

import { collectionSlugs } from '../slugs'

type Delivery = { statusCode?: number | null; ok: boolean; durationMs: number; error?: string | null }

/** On a webhook's page: send a test delivery now, or rotate the secret (the new one is shown once). */
export const WebhookActions = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const [message, setMessage] = useState<string>()
  const [secret, setSecret] = useState<string>()
  if (!id) return <p>Save the webhook, then use “Rotate secret” here to see its signing secret.</p>

  const post = async (action: string) => {
    const response = await fetch(`${config.serverURL}${config.routes.api}/${collectionSlugs.webhooks}/${id}/${action}`, {
      method: 'POST',
      credentials: 'include',
    })
    if (!response.ok) throw new Error(`The server answered ${response.status}.`)
    return response.json()
  }
  const sendTest = async () => {
    setMessage('Sending…')
    try {
      const { delivery } = (await post('test')) as { delivery: Delivery | null }
      setMessage(
        !delivery
          ? 'Queued.'
          : delivery.ok
            ? `Delivered: the receiver answered ${delivery.statusCode} in ${delivery.durationMs} ms.`
            : `Failed (${delivery.error}). It will be retried; see Webhook deliveries.`,
      )
    } catch (error) {
      setMessage(String(error))
    }
  }
  const rotate = async () => {
    if (!window.confirm('Make a new secret? The current one stops working at once.')) return
    try {
      setSecret(((await post('rotate-secret')) as { secret: string }).secret)
    } catch (error) {
      setMessage(String(error))
    }
  }

  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" onClick={sendTest}>
        Send test
      </Button>{' '}
      <Button buttonStyle="secondary" onClick={rotate}>
        Rotate secret
      </Button>
      {message && <p>{message}</p>}
      {secret && (
        <p>
          New secret (copy it now, it is not shown again): <code>{secret}</code>
        </p>
      )}
    </div>
  )
}
