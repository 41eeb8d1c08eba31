/** Whether Payload's lock after too many failed sign-ins (`lockUntil`) still holds for this account. */
export const isLocked = (account: { lockUntil?: string | null }) => Boolean(account.lockUntil && new Date(account.lockUntil) > new Date())
