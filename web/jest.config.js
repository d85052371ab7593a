/** Component tests: React + Polaris rendered in jsdom (`*.test.tsx` under web/src). */
module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  testMatch: ['**/__tests__/**/*.test.ts?(x)'],
  testPathIgnorePatterns: ['/node_modules/'],
  setupFiles: ['<rootDir>/test/setup-dom.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', {tsconfig: '<rootDir>/tsconfig.test.json', diagnostics: false}],
    // polaris-viz's CommonJS build requires d3's ES modules: compile those to CommonJS for jest.
    '^.+\\.m?js$': [
      'ts-jest',
      {tsconfig: {allowJs: true, module: 'commonjs', target: 'es2020'}, diagnostics: false},
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(d3-[^/]+|internmap)/)'],
  moduleNameMapper: {'\\.css$': '<rootDir>/test/empty.js'},
};
