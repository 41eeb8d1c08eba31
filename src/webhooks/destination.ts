import ipaddr from 'ipaddr.js'
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { useAgent } from 'request-filtering-agent'

import { originList } from '../originList'

/**
 * `WEBHOOK_ALLOWED_ORIGINS`: exact origins (`http://127.0.0.1:3996`) that webhooks may reach
 * whatever their address and scheme, such as a receiver on this machine in development and tests.
 * Nothing else is exempt from the rules below. Read at each use.
 */
export const webhookAllowedOrigins = (raw = process.env.WEBHOOK_ALLOWED_ORIGINS) => originList('WEBHOOK_ALLOWED_ORIGINS', raw)

const httpsOnly = () => process.env.NODE_ENV === 'production'
const httpsRequired = 'The URL must start with https://.'

/**
 * Why an IP address is refused, or undefined for a public one. The rule is request-filtering-agent's,
 * which applies it when connecting: anything ipaddr.js does not class as `unicast` (loopback,
 * private, linkLocal such as 169.254.169.254, uniqueLocal, multicast, unspecified, carrierGradeNat,
 * reserved, ipv4Mapped, 6to4, …).
 */
export const addressRefusal = (address: string, host = address): string | undefined => {
  const range = ipaddr.parse(address).range()
  if (range === 'unicast') return undefined
  return `Private address refused: ${host === address ? address : `${host} is ${address}`} (${range}). Webhooks go to public addresses only.`
}

/**
 * What is wrong with a webhook URL as far as can be told without the network: its scheme (https
 * only in production), a literal IP address in any spelling (the URL parser writes 0x7f000001,
 * 2130706433 and 127.1 as 127.0.0.1) or a `localhost` name. Names are resolved, and checked
 * again, when sending.
 */
export const destinationProblem = (value: unknown): string | undefined => {
  let url: URL
  try {
    url = new URL(String(value))
  } catch {
    return 'Enter a full URL, e.g. https://www.alt.clinic/api/revalidate'
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'The URL must start with https:// (or http://).'
  if (webhookAllowedOrigins().includes(url.origin)) return undefined
  if (url.protocol !== 'https:' && httpsOnly()) return httpsRequired
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1')
  if (ipaddr.isValid(host)) return addressRefusal(host)
  if (/(^|\.)localhost\.?$/.test(host)) return `Private address refused: ${host} is this machine. Webhooks go to public addresses only.`
  return undefined
}

/** A destination the rules refuse: final, unlike a receiver that is down. */
export class RefusedDestination extends Error {}

/**
 * request-filtering-agent's refusal ("DNS lookup 127.0.0.1(family:4, host:localhost) is not
 * allowed. Because, It is private IP address.") in our words; undefined for any other error.
 */
const asRefusal = (error: Error, url: URL) => {
  const address = /^DNS lookup (.+?)\(family:.*\) is not allowed\b/.exec(error.message)?.[1]
  if (!address) return undefined
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1')
  return new RefusedDestination(addressRefusal(address, host) ?? `Private address refused: ${host}.`)
}

/**
 * POSTs `body` to a webhook's URL and resolves with the receiver's status (redirects are not
 * followed). Unless its origin is in WEBHOOK_ALLOWED_ORIGINS, the connection goes through
 * request-filtering-agent, which checks every address the host resolves to inside the lookup
 * that the connection itself uses, so the address checked is the address connected to (no
 * second lookup for DNS rebinding to answer differently), and a literal address before any
 * connection. A refused destination rejects with {@link RefusedDestination}.
 */
export const postToDestination = (destination: string, { headers, body, timeoutMs }: { headers: Record<string, string>; body: string; timeoutMs: number }) =>
  new Promise<number>((resolve, reject) => {
    const url = new URL(destination)
    const allowed = webhookAllowedOrigins().includes(url.origin)
    if (!allowed && url.protocol !== 'https:' && httpsOnly()) return reject(new RefusedDestination(httpsRequired))
    const signal = AbortSignal.timeout(timeoutMs)
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest
    const request = send(url, { method: 'POST', headers, signal, agent: allowed ? undefined : useAgent(url.href) }, (response) => {
      response.resume()
      resolve(response.statusCode!)
    })
    request.on('error', (error) => {
      if (signal.aborted) return reject(new Error(`No answer within ${timeoutMs / 1000} s.`))
      reject(asRefusal(error, url) ?? error)
    })
    request.end(body)
  })
