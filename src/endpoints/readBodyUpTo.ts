/**
 * Reads a request body, but never more than `maxBytes` of it: returns null as soon as it is
 * larger (whatever Content-Length claimed), so an oversized body costs no more than the limit.
 */
export const readBodyUpTo = async (request: Request, maxBytes: number): Promise<Buffer | null> => {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes) return null
  if (!request.body) return Buffer.alloc(0)
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}
