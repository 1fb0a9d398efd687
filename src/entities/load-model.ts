// The sequence model an analyzer is configured with: the shipped one (models/ner.bin, built into the
// package as data), or one a caller trained, read from a file (Node).

import { readModelFile, shippedModel } from '../data/shipped.js';
import { parseModel, type SequenceModel } from './model.js';

/** The shipped model's file name in models/. */
export const SHIPPED_MODEL = 'ner.bin';

let shipped: SequenceModel | undefined;

/** The shipped model (true or absent: parsed once per process), none (false), or the model in a file. */
export function loadTagger(option: boolean | string | undefined): SequenceModel | null {
  if (option === false) return null;
  if (typeof option === 'string') return parseModel(readModelFile(option), option);
  // option is true or undefined: the shipped model
  shipped ??= parseModel(shippedModel(SHIPPED_MODEL), `models/${SHIPPED_MODEL}`);
  return shipped;
}
