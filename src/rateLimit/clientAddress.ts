import type { PayloadRequest } from 'payload'

/**
 * The caller's address as the host saw it, for per-address limits (the intake, sign-in). Our
 * Express host always overwrites X-Forwarded-For with that one address (src/server/clientAddress.ts,
 * honouring upstream proxies only when TRUST_PROXY says so), so the first entry is all there is.
 * Undefined for server code through the Local API, which is not limited.
 */
export const clientAddress = (req: PayloadRequest): string | undefined =>
  req.headers?.get('x-forwarded-for')?.split(',')[0]?.trim() || undefined
