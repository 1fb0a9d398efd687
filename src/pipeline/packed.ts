// An analysis as a worker thread sends it: the token list as the token table's typed arrays (moved, not
// copied, to the main thread) and the normalized forms that differ from the text, instead of one object
// per token. Copying thousands of token objects across threads (structured clone: serialize in the
// worker, deserialize in the main thread) cost more than analyzing the document; the main thread now
// builds the objects from the arrays and the text it already holds, as analyze itself does.

import type { TokenTable } from '../tokens/scan.js';
import { tokenObjects } from '../tokens/tokenize.js';
import type { Analysis } from '../types.js';

export interface PackedAnalysis {
  packed: true;
  /** The analysis with an empty token list. */
  analysis: Analysis;
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
  changed: Uint8Array;
  /** The normalized forms of the tokens whose form differs from their text, in order. */
  norms: string[];
}

export function isPacked(value: unknown): value is PackedAnalysis {
  return typeof value === 'object' && value !== null && (value as { packed?: unknown }).packed === true;
}

/** Packs an analysis made with `tokens: false` and its token table; `transfer` gets the buffers to move. */
export function packAnalysis(analysis: Analysis, table: TokenTable, transfer: ArrayBuffer[]): PackedAnalysis {
  const n = table.count;
  const copy = <A extends Int32Array | Uint8Array>(array: A): A => {
    const own = array.slice(0, n) as A;
    transfer.push(own.buffer as ArrayBuffer);
    return own;
  };
  const norms: string[] = [];
  for (let i = 0; i < n; i++) if (table.changed[i]) norms.push(table.norms[i]);
  return { packed: true, analysis, starts: copy(table.starts), ends: copy(table.ends), kinds: copy(table.kinds), changed: copy(table.changed), norms };
}

/** The analysis a PackedAnalysis stands for, the same as analyze gives (its key order too). */
export function unpackAnalysis(packed: PackedAnalysis, text: string): Analysis {
  const { starts, ends, kinds, changed } = packed;
  const count = starts.length;
  const norms = new Array<string>(count);
  for (let i = 0, k = 0; i < count; i++) norms[i] = changed[i] ? packed.norms[k++] : text.slice(starts[i], ends[i]);
  const table = { text, count, starts, ends, kinds, norms, changed } as Pick<TokenTable, 'text' | 'count' | 'starts' | 'ends' | 'kinds' | 'norms' | 'changed'>;
  const { schemaVersion, language, sentences, entities, quotes, referents } = packed.analysis;
  return { schemaVersion, language, tokens: tokenObjects(table as TokenTable), sentences, entities, quotes, referents };
}
