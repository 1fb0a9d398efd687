// Compiling lexicons: every name is tokenized like running text, each token reduced to a match key and
// interned, and the key sequences are stored in a trie of token ids. Matching then costs one Map lookup
// per token, whatever the size of the lexicons.

import { scanTokens, K_LATIN, K_NUMBER, K_WORD } from '../tokens/scan.js';
import { normalize } from '../text/normalize.js';
import type { LexiconEntry } from './schema.js';

/** How a token sequence refers to an entry: by its name, as a country's nisba adjective, or by a
 *  descriptive phrase (الجيش الإسرائيلي for the Israeli army). */
export type ReadingForm = 'name' | 'adjective' | 'description';

export interface Reading {
  entry: number;
  form: ReadingForm;
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

// Spellings news use interchangeably, in normalized form: ديمقراطي and ديموقراطي; a foreign name's final
// "ng" as نغ or, in Egyptian usage, نج (هونغ كونغ and هونج كونج, بيونغ يانغ and بيونج يانج).
const ALTERNATIONS: readonly [string, string][] = [['ديمقراط', 'ديموقراط']];
const FINAL_ALTERNATIONS: readonly [string, string][] = [['نغ', 'نج']];

/** A name's key sequence, and the same with the other spelling of an alternation it holds. */
function spellings(keys: string[]): string[][] {
  const out = [keys];
  for (const [a, b] of ALTERNATIONS) {
    for (const [from, to] of [[a, b], [b, a]]) {
      if (keys.some((k) => k.includes(from))) out.push(keys.map((k) => k.replace(from, to)));
    }
  }
  for (const [a, b] of FINAL_ALTERNATIONS) {
    for (const [from, to] of [[a, b], [b, a]]) {
      // only a word's end, and not a short word (منج, لنج are words of their own)
      const swap = (k: string): string => (k.length > 3 && k.endsWith(from) ? k.slice(0, -from.length) + to : k);
      if (keys.some((k) => swap(k) !== k)) out.push(keys.map(swap));
    }
  }
  return out;
}

/** The key of the edge from `node` labelled `tokenId` (token ids stay below 2^21). */
export const edgeKey = (node: number, tokenId: number): number => node * 2097152 + tokenId;

/**
 * A trie under construction. `prepend` puts an entry's readings before those already at a node: the
 * caller's lexicons are added after the shipped ones but must win a tie.
 */
export class TrieBuilder {
  constructor(
    readonly vocab = new Map<string, number>(),
    readonly edges = new Map<number, number>(),
    readonly readings: (Reading[] | undefined)[] = [undefined],
  ) {}

  /** A copy that can grow without changing this one (readings lists are copied when written). */
  clone(): TrieBuilder {
    return new TrieBuilder(new Map(this.vocab), new Map(this.edges), this.readings.slice());
  }

  private idOf(key: string): number {
    let id = this.vocab.get(key);
    if (id === undefined) {
      id = this.vocab.size;
      this.vocab.set(key, id);
    }
    return id;
  }

  private insert(keys: string[], reading: Reading, prepend: boolean): void {
    let node = 0;
    for (const key of keys) {
      const edge = edgeKey(node, this.idOf(key));
      let next = this.edges.get(edge);
      if (next === undefined) {
        next = this.readings.length;
        this.readings.push(undefined);
        this.edges.set(edge, next);
      }
      node = next;
    }
    const list = this.readings[node];
    if (list?.some((r) => r.entry === reading.entry && r.form === reading.form)) return;
    // a new array, never a push onto one a clone shares
    this.readings[node] = list ? (prepend ? [reading, ...list] : [...list, reading]) : [reading];
  }

  /** Adds an entry's name, variants, nisba forms and descriptions as entry number `index`. */
  add(entry: LexiconEntry, index: number, prepend = false): void {
    for (const name of [entry.name, ...(entry.variants ?? [])]) {
      for (const keys of nameKeys(name)) for (const spelled of spellings(keys)) this.insert(spelled, { entry: index, form: 'name' }, prepend);
    }
    for (const nisba of entry.nisba ?? []) {
      for (const keys of nameKeys(nisba)) this.insert(keys, { entry: index, form: 'adjective' }, prepend);
    }
    for (const phrase of entry.descriptions ?? []) {
      for (const keys of nameKeys(phrase)) this.insert(keys, { entry: index, form: 'description' }, prepend);
    }
  }

  compiled(entries: readonly LexiconEntry[]): CompiledLexicon {
    return { entries, vocab: this.vocab, edges: this.edges, readings: this.readings };
  }
}

/** Builds the trie for these entries (names, variants and nisba forms). */
export function compileLexicon(entries: readonly LexiconEntry[]): CompiledLexicon {
  const trie = new TrieBuilder();
  entries.forEach((entry, index) => trie.add(entry, index));
  return trie.compiled(entries);
}

/** Token kinds that can be part of a name. */
export const NAME_KINDS = new Set([K_WORD, K_LATIN, K_NUMBER]);
