import express from 'express'
import type { AddressInfo } from 'node:net'

import { clientAddress, trustProxy, trustProxySetting } from '../../src/server/clientAddress'

/** What X-Forwarded-For reaches the app (Next and Payload) with, given TRUST_PROXY and a request header. */
const seenForwardedFor = async (trust: string | undefined, sent?: string) => {
  const app = express()
  trustProxy(app, trust)
  app.use(clientAddress, (req, res) => {
    res.json({ forwardedFor: req.headers['x-forwarded-for'] })
  })
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  try {
    const { port } = server.address() as AddressInfo
    const res = await fetch(`http://127.0.0.1:${port}/`, { headers: sent ? { 'x-forwarded-for': sent } : {} })
    return ((await res.json()) as { forwardedFor: string }).forwardedFor
  } finally {
    server.close()
  }
}

test('TRUST_PROXY values', () => {
  expect(trustProxySetting(undefined)).toBe(false)
  expect(trustProxySetting('false')).toBe(false)
  expect(trustProxySetting('true')).toBe(true)
  expect(trustProxySetting('1')).toBe(1)
  expect(trustProxySetting('loopback, 10.0.0.0/8')).toBe('loopback, 10.0.0.0/8')
})

test('without TRUST_PROXY a client’s own X-Forwarded-For is ignored: the socket address is used', async () => {
  expect(await seenForwardedFor(undefined, '198.51.100.7')).toBe('127.0.0.1')
  expect(await seenForwardedFor(undefined)).toBe('127.0.0.1')
})

test('behind a trusted proxy the client address comes from X-Forwarded-For', async () => {
  // The proxy (here: loopback) appended the address it saw; that is the client.
  expect(await seenForwardedFor('loopback', '198.51.100.7')).toBe('198.51.100.7')
  // A client's forged entry before it is not trusted with one trusted hop.
  expect(await seenForwardedFor('1', '6.6.6.6, 198.51.100.7')).toBe('198.51.100.7')
})
