// The vocabulary of words the analyzer has met: for each normalized word, once, what every stage needs
// to know about it (its lexicon token id, its word classes with and without و/ف, the proclitic readings
// that start a name). Like spaCy's lexemes, these are facts about the word type, not about a document,
// so a document's analysis never depends on the documents before it.

import { K_WORD } from '../tokens/scan.js';
import { edgeKey, matchKey, type CompiledLexicon } from './compile.js';
import { firstReadings } from './clitics.js';

/** A proclitic reading of a word whose stem starts a lexicon name: وبالولايات → الولايات (strip 2). */
export interface CliticReading {
  readonly id: number;
  readonly strip: number;
}

export interface Lexeme {
  /** Lexicon token id of the word's match key, or -1. */
  readonly id: number;
  /** W bits (word-class.ts) of the word, of the word without a leading و/ف, and without a leading ل/ب. */
  readonly cls: number;
  readonly conjCls: number;
  readonly prepCls: number;
  readonly readings: readonly CliticReading[];
  /** Every proclitic reading's key (وبالرياض → الرياض, بالرياض …), for names the document defines. */
  readonly stems: readonly { key: string; strip: number }[];
}

const NONE: readonly CliticReading[] = [];
const NO_STEMS: readonly { key: string; strip: number }[] = [];
const EMPTY: Lexeme = Object.freeze({ id: -1, cls: 0, conjCls: 0, prepCls: 0, readings: NONE, stems: NO_STEMS });

// Enough for the working vocabulary of a news archive; past it, words are looked up without being kept.
const MAX_LEXEMES = 400_000;

/**
 * Open addressing on the FNV hash the tokenizer already computed (scan.ts): a probe compares integers,
 * and only a hit compares the strings — no second hash of a freshly sliced string, as a Map would do.
 */
export class Lexemes {
  /** Two numbers per slot: the type number k (-1: empty) and its hash, side by side so that one
   *  memory read finds both. */
  private table = new Int32Array(2 << 16).fill(-1);
  private readonly keys: string[] = [];
  private readonly values: Lexeme[] = [];

  constructor(
    private readonly lexicon: CompiledLexicon,
    private readonly wordClass: ReadonlyMap<string, number>,
  ) {}

  /**
   * The number of a word type in this vocabulary (stable for the analyzer's life, so later stages can
   * keep per-type tables by it), or -1 once the vocabulary is full.
   */
  lookup(norm: string, hash: number): number {
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    let slot = hash & mask;
    for (;;) {
      const k = table[2 * slot];
      if (k < 0) break;
      if (table[2 * slot + 1] === hash && this.keys[k] === norm) return k;
      slot = (slot + 1) & mask;
    }
    if (this.keys.length >= MAX_LEXEMES) return -1;
    const k = this.keys.length;
    table[2 * slot] = k;
    table[2 * slot + 1] = hash;
    this.keys.push(norm);
    this.values.push(this.compute(norm));
    if (this.keys.length * 4 > table.length) this.grow();
    return k;
  }

  /** The lexeme of word type number k (see lookup). */
  at(k: number): Lexeme {
    return this.values[k];
  }

  /** How many word types the vocabulary holds. */
  get size(): number {
    return this.keys.length;
  }

  private grow(): void {
    const old = this.table;
    const table = new Int32Array(old.length * 2).fill(-1);
    const mask = (table.length >> 1) - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] < 0) continue;
      let slot = old[i + 1] & mask;
      while (table[2 * slot] >= 0) slot = (slot + 1) & mask;
      table[2 * slot] = old[i];
      table[2 * slot + 1] = old[i + 1];
    }
    this.table = table;
  }

  /** Numbers, Latin words, codes, punctuation: only their lexicon id matters (S-400 → s400). */
  other(norm: string, kind: number): Lexeme {
    const id = this.lexicon.vocab.get(matchKey(norm, kind));
    return id === undefined ? EMPTY : { id, cls: 0, conjCls: 0, prepCls: 0, readings: NONE, stems: NO_STEMS };
  }

  /** The lexeme of a word, computed (without keeping it). */
  compute(norm: string): Lexeme {
    const { vocab, edges } = this.lexicon;
    const id = vocab.get(matchKey(norm, K_WORD)) ?? -1;
    const cls = this.wordClass.get(norm) ?? 0;
    const c0 = norm.charCodeAt(0);
    const conjCls = (c0 === 0x0648 || c0 === 0x0641) && norm.length > 3 ? (this.wordClass.get(norm.slice(1)) ?? 0) : 0;
    const prepCls = (c0 === 0x0644 || c0 === 0x0628) && norm.length > 3 ? (this.wordClass.get(norm.slice(1)) ?? 0) : 0;
    let readings = NONE;
    let stems = NO_STEMS;
    if (norm.length > 2 && (c0 === 0x0648 || c0 === 0x0641 || c0 === 0x0628 || c0 === 0x0644 || c0 === 0x0643)) {
      const found: CliticReading[] = [];
      stems = firstReadings(norm);
      for (const r of stems) {
        const stem = vocab.get(r.key);
        // only a stem that starts some name is worth remembering
        if (stem !== undefined && edges.has(edgeKey(0, stem))) found.push({ id: stem, strip: r.strip });
      }
      if (found.length) readings = found;
      if (stems.length === 0) stems = NO_STEMS;
    }
    if (id < 0 && cls === 0 && conjCls === 0 && prepCls === 0 && readings === NONE && stems === NO_STEMS) return EMPTY;
    return { id, cls, conjCls, prepCls, readings, stems };
  }
}
