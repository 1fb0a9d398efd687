// #platform/data everywhere but Node (browsers, web workers, Deno, edge runtimes). The shipped data comes
// from the data modules of the build, imported like code, so that bundlers include them. There are no
// files to read by path: a path in `lexicons` or `tagger` is a clear error. Each export has the type of
// its Node twin in ../node/data.ts (checked by tsc).

import { KhabarError } from '../../errors.js';
import { fromBundle } from '../../lexicon/bundle.js';
import builtLexicons from '../../data/built-lexicons.js';
import builtModels from '../../data/built-models.js';
import type * as Node from '../node/data.js';

const noFiles = (what: string, path: string, instead: string): never => {
  throw new KhabarError('E_OPTION', `createAnalyzer: ${what} "${path}" is a file path, and files are read by path only in Node; ${instead}`);
};

export const readLexiconFile: typeof Node.readLexiconFile = (path) =>
  noFiles('the lexicon', path, 'pass its entries instead (parseLexicon turns the text of a JSONL file into entries)');

export const readModelFile: typeof Node.readModelFile = (path) => noFiles('the model', path, 'use the shipped model (true)');

const notBuilt = (what: string): never => {
  throw new KhabarError('E_LEXICON', `${what} missing: outside Node, khabar runs from its build (dist/), which holds the data`);
};

export const loadShippedLexicons: typeof Node.loadShippedLexicons = () => (builtLexicons ? fromBundle(builtLexicons) : notBuilt('the shipped lexicons are'));

export const loadShippedModel: typeof Node.loadShippedModel = (file) => {
  const base64 = Object.hasOwn(builtModels, file) ? builtModels[file] : undefined;
  return base64 === undefined ? notBuilt(`the shipped model ${file} is`) : decodeBase64(base64);
};

interface Base64Decoding {
  fromBase64?: (text: string) => Uint8Array;
}

/** Base64 to bytes: natively where Uint8Array.fromBase64 exists, else with atob (every runtime has it). */
export function decodeBase64(text: string): Uint8Array {
  const typed = Uint8Array as Base64Decoding;
  if (typed.fromBase64) return typed.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
