// Compiling lexicons: every name is tokenized like running text, each token reduced to a match key and
// interned, and the key sequences are stored in a trie of token ids. Matching then costs one Map lookup
// per token, whatever the size of the lexicons.

import { scanTokens, K_LATIN, K_NUMBER, K_WORD } from '../tokens/scan.js';
import { normalize } from '../text/normalize.js';
import type { LexiconEntry } from './schema.js';

/** A way a token sequence names an entry: as its name, or as a nisba adjective of a country. */
export interface Reading {
  entry: number;
  form: 'name' | 'adjective';
}

export interface CompiledLexicon {
  readonly entries: readonly LexiconEntry[];
  /** Match key → token id (only keys that occur in some name). */
  readonly vocab: ReadonlyMap<string, number>;
  /** Trie edges: childKey(node, token id) → child node; node 0 is the root. One Map for the whole trie. */
  readonly edges: ReadonlyMap<number, number>;
  /** Trie node → the readings of the names that end there. */
  readonly readings: ReadonlyArray<readonly Reading[] | undefined>;
}

const HYPHENS = /[-\u2010\u2011\u2013]/g;
const HAS_DIGIT = /\d/;
const HAS_LETTER = /\p{L}/u;

/**
 * The key a token is matched by: its normalized form, Latin lowercased, and codes without their
 * hyphen, so إس-400, اس400 and S-400 / s400 meet.
 */
export function matchKey(norm: string, kind: number): string {
  if (kind === K_LATIN) norm = norm.toLowerCase();
  if ((kind === K_WORD || kind === K_LATIN) && hasDigit(norm)) return norm.replace(HYPHENS, '');
  return norm;
}

export function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

// Arabic letters, marks and tatweel between single spaces: most names, keyed without the tokenizer.
// eslint-disable-next-line no-misleading-character-class -- ranges of letters and marks, not composed characters
const PLAIN_ARABIC_NAME = /^[\u0621-\u063a\u0641-\u064a\u064b-\u065f\u0640\u0670\u0671-\u06d3]+(?: [\u0621-\u063a\u0641-\u064a\u064b-\u065f\u0640\u0670\u0671-\u06d3]+)*$/;

/** The key sequences a name is matched by (a code also as its letters and digits apart: اس 400). */
export function nameKeys(name: string): string[][] {
  if (PLAIN_ARABIC_NAME.test(name)) return [normalize(name).split(' ')];
  const table = scanTokens(name);
  const keys: string[] = [];
  const split: string[] = [];
  let hasCode = false;
  for (let i = 0; i < table.count; i++) {
    const key = matchKey(table.norms[i], table.kinds[i]);
    keys.push(key);
    const kind = table.kinds[i];
    if ((kind === K_WORD || kind === K_LATIN) && HAS_DIGIT.test(key) && HAS_LETTER.test(key)) {
      const m = /^(\D+)(\d+)(\D*)$/u.exec(key);
      if (m) {
        hasCode = true;
        split.push(m[1], m[2]);
        if (m[3]) split.push(m[3]);
        continue;
      }
    }
    split.push(key);
  }
  if (keys.length === 0) return [];
  return hasCode ? [keys, split] : [keys];
}

/** The key of the edge from `node` labelled `tokenId` (token ids stay below 2^21). */
export const edgeKey = (node: number, tokenId: number): number => node * 2097152 + tokenId;

/** Builds the trie for these entries (names, variants and nisba forms). */
export function compileLexicon(entries: readonly LexiconEntry[]): CompiledLexicon {
  const vocab = new Map<string, number>();
  const edges = new Map<number, number>();
  const readings: (Reading[] | undefined)[] = [undefined];
  const idOf = (key: string): number => {
    let id = vocab.get(key);
    if (id === undefined) {
      id = vocab.size;
      vocab.set(key, id);
    }
    return id;
  };
  const insert = (keys: string[], reading: Reading): void => {
    let node = 0;
    for (const key of keys) {
      const edge = edgeKey(node, idOf(key));
      let next = edges.get(edge);
      if (next === undefined) {
        next = readings.length;
        readings.push(undefined);
        edges.set(edge, next);
      }
      node = next;
    }
    const list = (readings[node] ??= []);
    if (!list.some((r) => r.entry === reading.entry && r.form === reading.form)) list.push(reading);
  };
  entries.forEach((entry, index) => {
    for (const name of [entry.name, ...(entry.variants ?? [])]) {
      for (const keys of nameKeys(name)) insert(keys, { entry: index, form: 'name' });
    }
    for (const nisba of entry.nisba ?? []) {
      for (const keys of nameKeys(nisba)) insert(keys, { entry: index, form: 'adjective' });
    }
  });
  return { entries, vocab, edges, readings };
}

/** Token kinds that can be part of a name. */
export const NAME_KINDS = new Set([K_WORD, K_LATIN, K_NUMBER]);
