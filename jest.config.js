/** Payload 3 is ESM-only, so jest runs in native ESM mode (NODE_OPTIONS=--experimental-vm-modules). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.tsx?$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2023', transform: { react: { runtime: 'automatic' } } },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    // The package by its name, as the reference app imports it (tsconfig.json "paths"): its source.
    '^@alt-clinic/payload-clinic-content$': '<rootDir>/src/exports/index.ts',
    '^@alt-clinic/payload-clinic-content/(client|rsc|types)$': '<rootDir>/src/exports/$1.ts',
  },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  // Load, durability and benchmark-sized tests: `npm run test:stress` (jest.stress.config.js);
  // browser journeys: `npm run test:e2e` (jest.e2e.config.js); the packed plugin in a fresh
  // Payload app: `npm run test:host-app` (jest.host.config.js).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/stress/', '<rootDir>/tests/e2e/', '<rootDir>/tests/host-app/'],
  globalSetup: '<rootDir>/tests/setup/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/setup/globalTeardown.ts',
  setupFiles: ['<rootDir>/tests/setup/env.ts'],
  testTimeout: 60_000,
  // With one worker (2 cores) Jest would run every file inside its own process, whose heap grows with
  // each file's Payload and passed 4 GB (an out-of-memory abort) once the suite reached 70 files:
  // a limit makes it run them in a worker that is replaced whenever it ends a file above it.
  workerIdleMemoryLimit: '1536MB',
}
