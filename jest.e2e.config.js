import base from './jest.config.js'

/**
 * `npm run test:e2e`: the user journeys in Debian's Chromium against the production server
 * (needs `npm run build` first), one file at a time.
 */
export default {
  ...base,
  testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  maxWorkers: 1,
  testTimeout: 180_000,
}
