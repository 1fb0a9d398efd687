// Placeholder for the shipped lexicons, compiled (lexicon/bundle.ts): `npm run build` writes the real
// dist/esm/data/built-lexicons.js, whose default export is the bundle. Only platform/browser/data.ts
// imports it; Node reads the same file as JSON (platform/node/data.ts).

import type { Bundle } from '../lexicon/bundle.js';

const lexicons: Bundle | null = null;
export default lexicons;
