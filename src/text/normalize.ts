// normalize and normalizeWithOffsets: one pass over the input through a precompiled table.

import { decodeUtf16 } from '#platform/utf16';
import { assertText } from '../errors.js';
import {
  COMPOSE,
  DELETE,
  EXPAND,
  KEEP,
  REPLACE,
  composeAndMap,
  normalizeTable,
  optionMask,
  type NormalizeOptions,
  type NormalizeTable,
} from './tables.js';

export type { NormalizeOptions } from './tables.js';
export { decodeUtf16 };

/** A normalized text and, for every output character, the index of the input character it came from. */
export interface NormalizedText {
  /** The normalized text. */
  text: string;
  /**
   * `offsets.length === text.length + 1`; `offsets[i]` is the index in the input of the character that
   * output character `i` came from; `offsets[text.length]` is the input's length; never decreasing.
   */
  offsets: Int32Array;
}

// Output is assembled in a reusable UTF-16 buffer and turned into a string in one call (decodeUtf16,
// which keeps lone surrogates as they are: Node's Buffer, or TextDecoder and fromCharCode elsewhere).
let scratch = new Uint16Array(1 << 16);

function ensureScratch(size: number): Uint16Array {
  if (scratch.length < size) scratch = new Uint16Array(Math.max(size, scratch.length * 2));
  return scratch;
}

/** A larger scratch buffer that keeps the first `used` characters. */
function growScratch(used: number, size: number): Uint16Array {
  const bigger = new Uint16Array(Math.max(size, scratch.length * 2));
  bigger.set(scratch.subarray(0, used));
  scratch = bigger;
  return scratch;
}

/** Index of the first character the table changes, or -1 when the text is already normalized. */
function firstChange(text: string, action: Uint8Array): number {
  for (let i = 0; i < text.length; i++) {
    if (action[text.charCodeAt(i)] !== KEEP) return i;
  }
  return -1;
}

/**
 * Normalizes Arabic text: letter variants, diacritics, tatweel, digits, presentation forms, Persian
 * look-alikes and invisible characters, each step optional (all on by default). Whitespace, Latin and
 * everything else are left exactly as they are.
 *
 * @example normalize('أَحْمَدُ') // 'احمد'
 */
export function normalize(text: string, options?: NormalizeOptions): string {
  assertText(text, 'normalize');
  return normalizeMasked(text, optionMask(options));
}

/** `normalize` with the options given as a mask (see `optionMask`). */
export function normalizeMasked(text: string, mask: number): string {
  const table = normalizeTable(mask);
  const first = firstChange(text, table.action);
  if (first < 0) return text;
  return run(text, table, first, null).text;
}

/**
 * Normalizes like `normalize` and also returns, for every output character, the index of the input
 * character it came from, so spans found in the normalized text map back to the original.
 *
 * @example normalizeWithOffsets('كتـاب') // { text: 'كتاب', offsets: Int32Array [0, 1, 3, 4, 5] }
 */
export function normalizeWithOffsets(text: string, options?: NormalizeOptions): NormalizedText {
  assertText(text, 'normalizeWithOffsets');
  const table = normalizeTable(optionMask(options));
  const first = firstChange(text, table.action);
  if (first < 0) {
    const offsets = new Int32Array(text.length + 1);
    for (let i = 0; i <= text.length; i++) offsets[i] = i;
    return { text, offsets };
  }
  return run(text, table, first, new Int32Array(text.length + 1));
}

/**
 * The shared loop. Characters before `first` are unchanged. When `offsets` is given it is filled (and
 * grown if presentation forms expand the text).
 */
function run(text: string, table: NormalizeTable, first: number, offsets: Int32Array | null): NormalizedText {
  const { action, replacement, expansion } = table;
  const n = text.length;
  let out = ensureScratch(n + 16);
  let len = 0;
  for (let i = 0; i < first; i++) out[len++] = text.charCodeAt(i);
  if (offsets) for (let i = 0; i < first; i++) offsets[i] = i;

  for (let i = first; i < n; i++) {
    const c = text.charCodeAt(i);
    const a = action[c];
    if (a === KEEP || a === REPLACE) {
      if (len >= out.length) out = growScratch(len, len * 2);
      if (offsets) {
        if (len >= offsets.length - 1) offsets = grow(offsets, len * 2 + 2);
        offsets[len] = i;
      }
      out[len++] = a === KEEP ? c : replacement[c];
    } else if (a === DELETE) {
      continue;
    } else if (a === COMPOSE) {
      // A combining madda/hamza right after a letter it composes with becomes part of that letter
      // (those letters always leave exactly one output character, the last one).
      const composed = i > 0 && len > 0 ? composeAndMap(text.charCodeAt(i - 1), c, table) : undefined;
      if (composed !== undefined) {
        out[len - 1] = composed;
      } else if (replacement[c] !== 0) {
        if (len >= out.length) out = growScratch(len, len * 2);
        if (offsets) {
          if (len >= offsets.length - 1) offsets = grow(offsets, len * 2 + 2);
          offsets[len] = i;
        }
        out[len++] = c;
      }
    } else if (a === EXPAND) {
      const s = expansion.get(c) as string;
      if (len + s.length >= out.length) out = growScratch(len, (len + s.length) * 2);
      if (offsets && len + s.length >= offsets.length - 1) offsets = grow(offsets, (len + s.length) * 2 + 2);
      for (let k = 0; k < s.length; k++) {
        if (offsets) offsets[len] = i;
        out[len++] = s.charCodeAt(k);
      }
    }
  }
  const result = decodeUtf16(out, len);
  if (scratch.length > 1 << 22) scratch = new Uint16Array(1 << 16); // do not hold on to a huge document's buffer
  if (!offsets) return { text: result, offsets: EMPTY };
  offsets[len] = n;
  return { text: result, offsets: offsets.length === len + 1 ? offsets : offsets.slice(0, len + 1) };
}

const EMPTY = new Int32Array(0);

function grow(offsets: Int32Array, size: number): Int32Array {
  const bigger = new Int32Array(size);
  bigger.set(offsets);
  return bigger;
}
