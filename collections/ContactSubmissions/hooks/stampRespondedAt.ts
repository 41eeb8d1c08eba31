import type { CollectionBeforeChangeHook } from 'payload'

/** `respondedAt` records when a submission first became `responded`. */
export const stampRespondedAt: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  const becameResponded = data.status === 'responded' && (operation === 'create' || originalDoc?.status !== 'responded')
  return becameResponded && !originalDoc?.respondedAt ? { ...data, respondedAt: new Date().toISOString() } : data
}
