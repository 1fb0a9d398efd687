// `npm run test:browser` (which builds first: the page is bundled from dist/): the tests that need
// Debian's headless chromium (/usr/bin/chromium), kept out of `npm test` so that it runs anywhere.
import base from './jest.config.js';

export default {
  ...base,
  testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 120000,
};
