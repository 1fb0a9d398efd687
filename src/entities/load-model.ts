// Reading a sequence model from a file (Node): the shipped one in models/, or one a caller trained.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KhabarError } from '../errors.js';
import { shippedLexiconDir } from '../lexicon/load.js';
import { parseModel, type SequenceModel } from './model.js';

/** The shipped model's file name in models/. */
export const SHIPPED_MODEL = 'ner.bin';

export function readModelFile(path: string): SequenceModel {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new KhabarError('E_LEXICON', `cannot read the NER model ${path} (${(error as Error).message})`);
  }
  return parseModel(bytes, path);
}

let shipped: SequenceModel | undefined;

/** The model an analyzer is configured with: none (false), the shipped one (true, once per process), or a file. */
export function loadTagger(option: boolean | string | undefined): SequenceModel | null {
  if (option === false || option === undefined) return null;
  if (typeof option === 'string') return readModelFile(option);
  shipped ??= readModelFile(join(shippedLexiconDir(), '..', 'models', SHIPPED_MODEL));
  return shipped;
}
