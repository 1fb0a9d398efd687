// Where an analyzer's data comes from: the shipped lexicons and models, and the files a caller names by
// path. How they are read depends on the runtime (#platform/data: platform/node/ or platform/browser/).

import { loadShippedLexicons, loadShippedModel } from '#platform/data';
import type { Shipped } from '../lexicon/shipped.js';

export { readLexiconFile, readModelFile } from '#platform/data';

let lexicons: Shipped | undefined;

/** The shipped lexicons, compiled; once per process (every analyzer shares them). */
export function shippedLexicons(): Shipped {
  lexicons ??= loadShippedLexicons();
  return lexicons;
}

/** The bytes of a shipped model: the file models/<file> (ner-tagger.bin …) as built into the package. */
export function shippedModel(file: string): Uint8Array {
  return loadShippedModel(file);
}
