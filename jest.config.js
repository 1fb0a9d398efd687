// Jest runs the TypeScript sources as ES modules (ts-jest, transpile only; `npm run typecheck` and the
// build check types). Tests of the built package and the CLI start real processes on dist/.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  // #platform/* is Node's (package.json "imports"), from the sources
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1', '^#platform/(.*)$': '<rootDir>/src/platform/node/$1.ts' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/'],
  testTimeout: 60000,
};
