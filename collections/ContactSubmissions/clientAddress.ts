import type { PayloadRequest } from 'payload'

/**
 * The caller's address as the host saw it. Our Express host always overwrites X-Forwarded-For
 * with that one address (honouring upstream proxies only when TRUST_PROXY says so), so the
 * first entry is all there is.
 */
export const clientAddress = (req: PayloadRequest): string | undefined =>
  req.headers?.get('x-forwarded-for')?.split(',')[0]?.trim() || undefined
