import base from './jest.config.js'

/** `npm run test:stress`: the heavy proofs (load, a killed server), one file at a time. */
export default {
  ...base,
  testMatch: ['<rootDir>/tests/stress/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  maxWorkers: 1,
  testTimeout: 600_000,
}
