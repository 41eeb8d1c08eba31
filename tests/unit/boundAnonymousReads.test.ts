import type { CollectionBeforeOperationHook } from 'payload'

import { boundAnonymousReads } from '../../src/publicReads/boundAnonymousReads'

// The seeded content has no relationship chain deeper than the cap (joins stop at one level),
// so the depth bound is checked on the hook itself; the limit is checked over REST and GraphQL
// in tests/integration/bounded-reads.test.ts.
const hook = boundAnonymousReads({ maxLimit: 100, maxDepth: 3 })
const run = (args: Record<string, unknown>, user: object | null = null) =>
  hook({ args: { ...args, req: { user, payload: { config: { defaultDepth: 2 } } } }, operation: 'read' } as unknown as Parameters<CollectionBeforeOperationHook>[0]) as Record<string, unknown>

test('an anonymous depth above the cap is lowered to it; lower ones and the default stay', () => {
  expect(run({ depth: 10 }).depth).toBe(3)
  expect(run({ depth: 1 }).depth).toBe(1)
  expect(run({}).depth).toBe(2)
})

test('staff and the Local API keep the depth they ask for', () => {
  expect(run({ depth: 10 }, { id: 1 }).depth).toBe(10)
  expect(run({ depth: 10, overrideAccess: true }).depth).toBe(10)
})
