// The vocabulary of words the analyzer has met: for each normalized word, once, what every stage needs
// to know about it (its lexicon token id, its word classes with and without و/ف, the proclitic readings
// that start a name). Like spaCy's lexemes, these are facts about the word type, not about a document,
// so a document's analysis never depends on the documents before it.

import { K_WORD } from '../tokens/scan.js';
import { edgeKey, matchKey, type CompiledLexicon } from '../lexicon/compile.js';
import { firstReadings } from './clitics.js';

/** A proclitic reading of a word whose stem starts a lexicon name: وبالولايات → الولايات (strip 2). */
export interface CliticReading {
  readonly id: number;
  readonly strip: number;
}

export interface Lexeme {
  /** Lexicon token id of the word's match key, or -1. */
  readonly id: number;
  /** W bits (word-class.ts) of the word, and of the word without a leading و/ف. */
  readonly cls: number;
  readonly conjCls: number;
  readonly readings: readonly CliticReading[];
}

const NONE: readonly CliticReading[] = [];
const EMPTY: Lexeme = Object.freeze({ id: -1, cls: 0, conjCls: 0, readings: NONE });

// Enough for the working vocabulary of a news archive; past it, words are looked up without being kept.
const MAX_LEXEMES = 400_000;

export class Lexemes {
  private readonly known = new Map<string, Lexeme>();

  constructor(
    private readonly lexicon: CompiledLexicon,
    private readonly wordClass: ReadonlyMap<string, number>,
  ) {}

  /** The lexeme of a word token's normalized form (other kinds: see `other`). */
  word(norm: string): Lexeme {
    const known = this.known.get(norm);
    if (known !== undefined) return known;
    const lexeme = this.compute(norm);
    if (this.known.size < MAX_LEXEMES) this.known.set(norm, lexeme);
    return lexeme;
  }

  /** Numbers, Latin words, codes, punctuation: only their lexicon id matters (S-400 → s400). */
  other(norm: string, kind: number): Lexeme {
    const id = this.lexicon.vocab.get(matchKey(norm, kind));
    return id === undefined ? EMPTY : { id, cls: 0, conjCls: 0, readings: NONE };
  }

  private compute(norm: string): Lexeme {
    const { vocab, edges } = this.lexicon;
    const id = vocab.get(matchKey(norm, K_WORD)) ?? -1;
    const cls = this.wordClass.get(norm) ?? 0;
    const c0 = norm.charCodeAt(0);
    const conjCls = (c0 === 0x0648 || c0 === 0x0641) && norm.length > 3 ? (this.wordClass.get(norm.slice(1)) ?? 0) : 0;
    let readings = NONE;
    if (norm.length > 2 && (c0 === 0x0648 || c0 === 0x0641 || c0 === 0x0628 || c0 === 0x0644 || c0 === 0x0643)) {
      const found: CliticReading[] = [];
      for (const r of firstReadings(norm)) {
        const stem = vocab.get(r.key);
        // only a stem that starts some name is worth remembering
        if (stem !== undefined && edges.has(edgeKey(0, stem))) found.push({ id: stem, strip: r.strip });
      }
      if (found.length) readings = found;
    }
    if (id < 0 && cls === 0 && conjCls === 0 && readings === NONE) return EMPTY;
    return { id, cls, conjCls, readings };
  }
}
