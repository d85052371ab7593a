/** Jest runs the server's unit and integration tests against a real FerretDB (or MONGODB_URI). */
module.exports = {
  testEnvironment: 'node',
  roots: [
    '<rootDir>/src',
    '<rootDir>/test',
    '<rootDir>/../local-shopify/src',
    '<rootDir>/../packages/contract/src',
  ],
  testMatch: ['**/__tests__/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  // The fault suite (killed databases and processes, minutes of retries) runs alone: `npm run test:faults`.
  testPathIgnorePatterns: process.env.HT_FAULTS
    ? ['/node_modules/']
    : ['/node_modules/', '<rootDir>/test/faults/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', {tsconfig: '<rootDir>/tsconfig.json', diagnostics: false}],
  },
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60000,
};
