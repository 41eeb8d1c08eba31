import base from './jest.config.js'

/**
 * `npm run test:host-app`: the packed plugin installed into a fresh Payload app
 * (tests/host-app). It makes its own app, database and server, so none of the suite's setup.
 */
export default {
  ...base,
  testMatch: ['<rootDir>/tests/host-app/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  globalSetup: undefined,
  globalTeardown: undefined,
  setupFiles: [],
  maxWorkers: 1,
  testTimeout: 180_000,
}
