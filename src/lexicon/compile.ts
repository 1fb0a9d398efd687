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
  /** Trie edges: edgeKey(node, token id) → child node; node 0 is the root. One table for the whole trie. */
  readonly edges: EdgeTable;
  /** Trie node → the readings of the names that end there. */
  readonly readings: ReadingTable;
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

/** Numbers per slot of an EdgeTable. */
const SLOT = 3;

/**
 * The trie's edges: edgeKey(node, token id) → child node, in open addressing over a typed array. A Map
 * with these keys (beyond 2^31, so each a boxed number) costs tens of thousands of heap objects to build
 * when an analyzer starts; the table costs one array. A slot's three numbers lie side by side, so a
 * probe reads one place in memory.
 */
export class EdgeTable {
  /** Per slot: the node, the token id, and the child node + 1 (0: an empty slot). */
  private slots: Int32Array;
  /** The number of slots - 1 (a power of two - 1). */
  private mask: number;
  private count = 0;

  constructor(capacity = 16) {
    let size = 16;
    while (size < capacity * 2) size <<= 1;
    this.slots = new Int32Array(size * SLOT);
    this.mask = size - 1;
  }

  /** A table of these [edge key, child] pairs (a flat list, as the bundle keeps it). */
  static fromPairs(pairs: readonly number[]): EdgeTable {
    const table = new EdgeTable(pairs.length / 2);
    for (let i = 0; i < pairs.length; i += 2) table.set(pairs[i], pairs[i + 1]);
    return table;
  }

  get size(): number {
    return this.count;
  }

  /** The slot (its first number's index in `slots`) holding the edge, or the empty one where it would go. */
  private slotOf(node: number, id: number): number {
    const slots = this.slots;
    let at = ((Math.imul(node, 0x9e3779b1) ^ Math.imul(id, 0x85ebca6b)) & this.mask) * SLOT;
    while (slots[at + 2] !== 0 && (slots[at] !== node || slots[at + 1] !== id)) {
      at += SLOT;
      if (at === slots.length) at = 0;
    }
    return at;
  }

  get(key: number): number | undefined {
    const node = Math.floor(key / EDGE_NODE);
    const child = this.slots[this.slotOf(node, key - node * EDGE_NODE) + 2] - 1;
    return child >= 0 ? child : undefined;
  }

  has(key: number): boolean {
    return this.get(key) !== undefined;
  }

  set(key: number, child: number): void {
    const node = Math.floor(key / EDGE_NODE);
    const id = key - node * EDGE_NODE;
    const at = this.slotOf(node, id);
    if (this.slots[at + 2] === 0) {
      this.count++;
      this.slots[at] = node;
      this.slots[at + 1] = id;
    }
    this.slots[at + 2] = child + 1;
    if (this.count * 2 * SLOT > this.slots.length) this.grow();
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    this.count = 0;
    for (let at = 0; at < old.length; at += SLOT) if (old[at + 2] !== 0) this.set(old[at] * EDGE_NODE + old[at + 1], old[at + 2] - 1);
  }

  /** Every [edge key, child] pair. */
  *entries(): IterableIterator<[number, number]> {
    const slots = this.slots;
    for (let at = 0; at < slots.length; at += SLOT) if (slots[at + 2] !== 0) yield [slots[at] * EDGE_NODE + slots[at + 1], slots[at + 2] - 1];
  }

  clone(): EdgeTable {
    const copy = new EdgeTable();
    copy.slots = this.slots.slice();
    copy.mask = this.mask;
    copy.count = this.count;
    return copy;
  }
}
const EDGE_NODE = 2097152;
const FORMS: readonly ReadingForm[] = ['name', 'adjective', 'description'];

/**
 * Trie node → the readings of the names that end there. From the bundle, a node's list is decoded the
 * first time it is read: an analyzer that starts decodes none of the tens of thousands of lists.
 */
export class ReadingTable {
  private lists: (readonly Reading[] | undefined)[];
  /** Packed readings still to decode: node k's are packed[3·starts[k] …] as (node, entry, form code). */
  private packed: readonly number[] | null = null;
  private starts: Int32Array | null = null;
  private decoded: Uint8Array | null = null;

  constructor(lists: (readonly Reading[] | undefined)[] = [undefined]) {
    this.lists = lists;
  }

  /** The table of the bundle's flat list of (node, entry, form code) triples, sorted by node. */
  static packed(triples: readonly number[], nodes: number): ReadingTable {
    const table = new ReadingTable(new Array<Reading[] | undefined>(nodes));
    const starts = new Int32Array(nodes + 1);
    for (let i = 0; i < triples.length; i += 3) starts[triples[i] + 1]++;
    for (let k = 0; k < nodes; k++) starts[k + 1] += starts[k];
    table.packed = triples;
    table.starts = starts;
    table.decoded = new Uint8Array(nodes);
    return table;
  }

  get length(): number {
    return this.lists.length;
  }

  at(node: number): readonly Reading[] | undefined {
    if (this.decoded && node < this.decoded.length && !this.decoded[node]) this.decode(node);
    return this.lists[node];
  }

  private decode(node: number): void {
    const { packed, starts, decoded } = this;
    if (!packed || !starts || !decoded) return;
    decoded[node] = 1;
    if (starts[node] === starts[node + 1]) return;
    const list: Reading[] = [];
    for (let r = starts[node]; r < starts[node + 1]; r++) list.push({ entry: packed[3 * r + 1], form: FORMS[packed[3 * r + 2]] });
    this.lists[node] = list;
  }

  /** Adds a node without readings; returns its number. */
  push(): number {
    this.lists.push(undefined);
    return this.lists.length - 1;
  }

  set(node: number, list: readonly Reading[]): void {
    this.at(node);
    this.lists[node] = list;
  }

  /** A copy that can grow without changing this one (lists are replaced, never changed in place). */
  clone(): ReadingTable {
    for (let node = 0; node < this.lists.length; node++) this.at(node);
    return new ReadingTable(this.lists.slice());
  }
}

/**
 * A trie under construction. `prepend` puts an entry's readings before those already at a node: the
 * caller's lexicons are added after the shipped ones but must win a tie.
 */
export class TrieBuilder {
  constructor(
    readonly vocab = new Map<string, number>(),
    readonly edges = new EdgeTable(),
    readonly readings = new ReadingTable(),
  ) {}

  /** A copy that can grow without changing this one (readings lists are copied when written). */
  clone(): TrieBuilder {
    return new TrieBuilder(new Map(this.vocab), this.edges.clone(), this.readings.clone());
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
        next = this.readings.push();
        this.edges.set(edge, next);
      }
      node = next;
    }
    const list = this.readings.at(node);
    if (list?.some((r) => r.entry === reading.entry && r.form === reading.form)) return;
    // a new array, never a push onto one a clone shares
    this.readings.set(node, list ? (prepend ? [reading, ...list] : [...list, reading]) : [reading]);
  }

  /** Adds an entry's name, variants, nisba forms and descriptions as entry number `index`. */
  add(entry: LexiconEntry, index: number, prepend = false): void {
    // a facility's names are descriptions: news annotation counts a facility as no name (the place
    // inside one is: مطار عدن → عدن); so are the names of an entry that is descriptive (العالم العربي)
    const form: ReadingForm = entry.facility || entry.descriptive ? 'description' : 'name';
    for (const name of [entry.name, ...(entry.variants ?? [])]) {
      for (const keys of nameKeys(name)) for (const spelled of spellings(keys)) this.insert(spelled, { entry: index, form }, prepend);
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
