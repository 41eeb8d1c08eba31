/** An error answer in Payload's own shape (`{ errors: [{ message }] }`), for edge checks. */
export const jsonError = (status: number, message: string, headers?: HeadersInit) =>
  Response.json({ errors: [{ message }] }, { status, headers })
