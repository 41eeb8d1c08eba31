import { afterAll, afterEach, beforeAll, expect, jest, test } from '@jest/globals'
import net from 'node:net'

import { destinationProblem, postToDestination, RefusedDestination, webhookAllowedOrigins } from '../../src/webhooks/destination'
import { startReceiver } from '../helpers/receiver'

/**
 * Where webhooks may go (src/webhooks/destination.ts). Traffic goes to loopback only: every other
 * address here is refused before any connection is made, which the connect spy proves.
 */
const refused = /^Private address refused: /
const post = (url: string) => postToDestination(url, { headers: {}, body: '{}', timeoutMs: 2_000 })
const connect = jest.spyOn(net.Socket.prototype, 'connect')
/** process.env, with NODE_ENV writable (Next's types make it read-only). */
const env = process.env as Record<string, string | undefined>

let v4: Awaited<ReturnType<typeof startReceiver>>
let v6: Awaited<ReturnType<typeof startReceiver>>
beforeAll(async () => {
  v4 = await startReceiver()
  v6 = await startReceiver({ host: '::1' })
})
afterAll(async () => {
  await Promise.all([v4.close(), v6.close()])
})
afterEach(() => {
  delete process.env.WEBHOOK_ALLOWED_ORIGINS
  env.NODE_ENV = 'test'
  connect.mockClear()
})

// Each spelling the URL parser accepts for these addresses, and what ipaddr.js calls its range.
const loopbackV4 = ['127.0.0.1', '127.1', '0x7f000001', '2130706433', '0177.0.0.1', '0x7f.1', '127.000.000.001', '127.255.255.254']
const loopbackV6 = ['[::1]', '[0:0:0:0:0:0:0:1]', '[::ffff:127.0.0.1]', '[::ffff:7f00:1]']
const otherRefused = {
  unspecified: ['0.0.0.0', '0', '[::]'],
  linkLocal: ['169.254.169.254', '0xa9fea9fe', '2852039166', '[fe80::1]'],
  private: ['10.0.0.1', '012.0.0.1', '172.16.0.1', '172.31.255.254', '192.168.1.1'],
  uniqueLocal: ['[fc00::1]', '[fd12:3456:789a::1]'],
  multicast: ['224.0.0.1', '239.255.255.250', '[ff02::1]'],
  broadcast: ['255.255.255.255'],
  carrierGradeNat: ['100.64.0.1'],
  reserved: ['192.0.2.1', '240.0.0.1', '[2001:db8::1]'],
  ipv4Mapped: ['[::ffff:10.0.0.1]', '[::ffff:169.254.169.254]', '[::ffff:8.8.8.8]'],
  rfc6052: ['[64:ff9b::7f00:1]'],
  '6to4': ['[2002:7f00:1::1]'],
}
const publicAddresses = ['8.8.8.8', '1.1.1.1', '93.184.216.34', '[2606:4700:4700::1111]', '[2a00:1450:4001::200e]']

test('saving: loopback, private, link-local, unique-local, multicast and unspecified addresses are refused in every spelling', () => {
  for (const host of [...loopbackV4, ...loopbackV6]) {
    expect({ host, problem: destinationProblem(`http://${host}:6379/`) }).toEqual({ host, problem: expect.stringMatching(refused) })
  }
  for (const [range, hosts] of Object.entries(otherRefused)) {
    for (const host of hosts) expect({ host, problem: destinationProblem(`https://${host}/hook`) }).toEqual({ host, problem: expect.stringContaining(`(${range})`) })
  }
  for (const host of ['localhost', 'LOCALHOST', 'localhost.', 'admin.localhost']) {
    expect({ host, problem: destinationProblem(`http://${host}:3000/`) }).toEqual({ host, problem: expect.stringMatching(refused) })
  }
  expect(destinationProblem('http://[::1]:6379/')).toBe('Private address refused: ::1 (loopback). Webhooks go to public addresses only.')
  expect(destinationProblem('http://0x7f000001/')).toBe('Private address refused: 127.0.0.1 (loopback). Webhooks go to public addresses only.')
})

test('saving: public addresses and names pass (names are checked again when sending); other schemes and non-URLs do not', () => {
  for (const host of publicAddresses) expect({ host, problem: destinationProblem(`https://${host}/hook`) }).toEqual({ host, problem: undefined })
  for (const url of ['https://www.alt.clinic/api/revalidate', 'http://frontend.alt.test/x', 'https://localhost.example.com/']) expect(destinationProblem(url)).toBeUndefined()
  expect(destinationProblem('ftp://www.alt.clinic/')).toMatch(/https:\/\//)
  expect(destinationProblem('file:///etc/passwd')).toMatch(/https:\/\//)
  expect(destinationProblem('www.alt.clinic')).toMatch(/full URL/)
})

test('saving: https only in production; an exact origin in WEBHOOK_ALLOWED_ORIGINS is exempt, and nothing else', () => {
  env.NODE_ENV = 'production'
  expect(destinationProblem('http://www.alt.clinic/hook')).toBe('The URL must start with https://.')
  expect(destinationProblem('https://www.alt.clinic/hook')).toBeUndefined()

  process.env.WEBHOOK_ALLOWED_ORIGINS = ' http://127.0.0.1:3996 , http://internal.alt.test'
  expect(webhookAllowedOrigins()).toEqual(['http://127.0.0.1:3996', 'http://internal.alt.test'])
  expect(destinationProblem('http://127.0.0.1:3996/hook')).toBeUndefined()
  expect(destinationProblem('http://internal.alt.test/hook')).toBeUndefined()
  expect(destinationProblem('http://127.0.0.1:3997/hook')).toMatch(/https/)
  expect(destinationProblem('https://127.0.0.1:3996/hook')).toMatch(refused)
  expect(destinationProblem('https://0x7f000001:3997/')).toMatch(refused)

  expect(() => webhookAllowedOrigins('http://127.0.0.1:3996/hook')).toThrow(/WEBHOOK_ALLOWED_ORIGINS: .* is not an origin/)
  expect(() => webhookAllowedOrigins('127.0.0.1:3996')).toThrow(/WEBHOOK_ALLOWED_ORIGINS/)
})

test('sending: loopback in every spelling, and localhost by name, is refused before any connection', async () => {
  const urls = [
    ...loopbackV4.map((host) => `http://${host}:${v4.port}/hook`),
    ...loopbackV6.slice(0, 2).map((host) => `http://${host}:${v6.port}/hook`),
    ...loopbackV6.slice(2).map((host) => `http://${host}:${v4.port}/hook`),
    `http://localhost:${v4.port}/hook`,
    `https://127.0.0.1:${v4.port}/hook`,
  ]
  for (const url of urls) {
    const error = await post(url).catch((caught: unknown) => caught)
    expect({ url, error }).toEqual({ url, error: expect.any(RefusedDestination) })
    expect((error as Error).message).toMatch(refused)
  }
  expect((await post(`http://localhost:${v4.port}/`).catch((caught: Error) => caught.message)) as string).toBe(
    'Private address refused: localhost is 127.0.0.1 (loopback). Webhooks go to public addresses only.',
  )
  expect([v4.connections, v6.connections]).toEqual([0, 0])
})

test('sending: private, link-local, multicast and unspecified literals are refused without a connection being attempted', async () => {
  for (const [range, hosts] of Object.entries(otherRefused)) {
    for (const host of hosts) {
      const error = await post(`http://${host}/latest/meta-data/`).catch((caught: unknown) => caught)
      expect({ host, error }).toEqual({ host, error: expect.any(RefusedDestination) })
      expect((error as Error).message).toContain(`(${range})`)
    }
  }
  expect(connect).not.toHaveBeenCalled()
})

test('sending: an allowed origin is reached, over IPv4 and IPv6; only that exact origin', async () => {
  process.env.WEBHOOK_ALLOWED_ORIGINS = `${v4.origin},${v6.origin}`
  expect(await post(v4.url)).toBe(200)
  expect(await post(v6.url)).toBe(200)
  expect([v4.received.length, v6.received.length]).toEqual([1, 1])
  expect(connect).toHaveBeenCalled() // the spy sees real connections (the test above could fail)
  connect.mockClear()
  await expect(post(`http://localhost:${v4.port}/hook`)).rejects.toBeInstanceOf(RefusedDestination)
  await expect(post(`http://127.0.0.1:${v4.port + 1}/hook`)).rejects.toBeInstanceOf(RefusedDestination)
  expect(v4.connections).toBe(1)
})

test('sending: in production, http to anything but an allowed origin is refused before any connection', async () => {
  env.NODE_ENV = 'production'
  await expect(post('http://www.alt.clinic/hook')).rejects.toThrow(new RefusedDestination('The URL must start with https://.'))
  process.env.WEBHOOK_ALLOWED_ORIGINS = v4.origin
  expect(await post(v4.url)).toBe(200)
})
