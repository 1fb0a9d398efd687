// The tokenizer's single pass: walks the text once, classifying each code unit through a byte table,
// and writes tokens into flat arrays. Public Token objects are built from these arrays only on demand.

import {
  ARABIC_LETTER,
  ARABIC_MARK,
  DIGIT,
  EMOJI,
  HIGH_SURROGATE,
  INVISIBLE,
  LETTER,
  LOW_SURROGATE,
  MARK,
  PUNCT,
  SPACE,
  SYMBOL,
  TATWEEL,
  charClasses,
  isAstralEmoji,
  isAstralLetter,
} from '../text/chars.js';
import { ALL_OPTIONS, DELETE, KEEP, REPLACE, normalizeTable, type NormalizeTable } from '../text/tables.js';
import { decodeUtf16, normalizeMasked } from '../text/normalize.js';
import { FNV_OFFSET, FNV_PRIME, hashString } from '../text/hash.js';
import type { Token } from './tokenize.js';

/** Token kinds, in the order of their numeric codes. */
export const TOKEN_KINDS = ['word', 'number', 'punct', 'symbol', 'latin', 'url', 'email', 'hashtag', 'mention', 'emoji'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

export const K_WORD = 0;
export const K_NUMBER = 1;
export const K_PUNCT = 2;
export const K_SYMBOL = 3;
export const K_LATIN = 4;
export const K_URL = 5;
export const K_EMAIL = 6;
export const K_HASHTAG = 7;
export const K_MENTION = 8;
export const K_EMOJI = 9;

/** Tokens as parallel arrays: token i spans text.slice(starts[i], ends[i]). */
export interface TokenTable {
  readonly text: string;
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly kinds: Uint8Array;
  /** Normalized form of each token (the token text itself when nothing changed). */
  readonly norms: string[];
  /** 1 where the normalized form differs from the token text. */
  readonly changed: Uint8Array;
  /** FNV-1a hash of each normalized form (text/hash.ts), for lookups without rehashing. */
  readonly hashes: Int32Array;
  /** 1 where a line break (\n, \r, U+2028, U+2029) lies between token i-1 and token i. */
  readonly breakBefore: Uint8Array;
}

const isHyphen = (c: number): boolean => c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2013;
const isAsciiAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
const isDot = (c: number): boolean => c === 0x2e;

// Characters that end a URL: white space is handled by the class table.
const URL_STOP = new Set([0x3c, 0x3e, 0x22, 0xab, 0xbb, 0x201c, 0x201d, 0x2018, 0x2019, 0x60, 0x7c, 0x060c, 0x061b, 0x061f, 0x5e, 0x7b, 0x7d, 0x5c]);
// Trailing characters that belong to the sentence, not to the URL.
const URL_TRAILING = new Set([0x2e, 0x2c, 0x3a, 0x3b, 0x21, 0x3f, 0x27, 0x29, 0x5d, 0x2a]);

// Top-level domains accepted for a bare domain such as aljazeera.net (a full URL needs none).
const TLDS = new Set(
  'com net org gov edu int mil info biz io co tv me news online site app dev ai uk us eu ru tr ir iq sy lb jo ps il eg ly tn dz ma mr sd so dj km sa ae qa kw bh om ye fr de it es ch nl be at se no dk fi pl gr cy cn jp kr in pk af id my sg au ca br mx ar za ng ke et ua'.split(
    ' ',
  ),
);

const MAX_EMAIL_LOCAL = 64;
const MAX_DOMAIN = 253;

interface Workspace {
  breaks: Uint8Array;
  hashes: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
  normStarts: Int32Array;
  normEnds: Int32Array;
  out: Uint16Array;
}

function newWorkspace(tokens: number, chars: number): Workspace {
  return {
    breaks: new Uint8Array(tokens),
    hashes: new Int32Array(tokens),
    starts: new Int32Array(tokens),
    ends: new Int32Array(tokens),
    kinds: new Uint8Array(tokens),
    normStarts: new Int32Array(tokens),
    normEnds: new Int32Array(tokens),
    out: new Uint16Array(chars),
  };
}

let shared = newWorkspace(1024, 4096);

/** Tokenizes `text` in one pass; `table` decides each token's normalized form. */
export function scanTokens(text: string, table: NormalizeTable = normalizeTable(ALL_OPTIONS)): TokenTable {
  return new Scanner(text, table).run();
}

/**
 * Tokenizes `text` into public Token objects, read straight from the scanner's working arrays: tokenize
 * needs no token table (its typed arrays cost more to allocate than a short text costs to scan).
 */
export function scanTokenObjects(text: string, table: NormalizeTable): Token[] {
  return new Scanner(text, table).objects();
}

/**
 * The scanner keeps its state in fields of one object (not in closures), so V8 keeps the hot loop
 * on typed arrays and plain integers. Normalized forms are written into one UTF-16 buffer as tokens are
 * found, decoded once at the end, and sliced per token; an unchanged token reuses its own text.
 */
class Scanner {
  private readonly cls = charClasses();
  private readonly n: number;
  private starts: Int32Array;
  private ends: Int32Array;
  private hashes: Int32Array;
  private breaks: Uint8Array;
  private kinds: Uint8Array;
  /** Start and end of each token's normalized form in `out`, or -1 when it equals the token text. */
  private normStarts: Int32Array;
  private normEnds: Int32Array;
  private out: Uint16Array;
  private outLength = 0;
  private count = 0;
  /** A line break was seen since the last token. */
  private lineBreak = false;
  /** Starts before these offsets are known to begin no domain / no email (a.a.a…: scan each run once). */
  private noDomainBefore = -1;
  private noEmailBefore = -1;

  constructor(
    private readonly text: string,
    private readonly table: NormalizeTable,
  ) {
    this.n = text.length;
    // Working arrays are shared between runs (scanning is synchronous): allocating typed arrays per
    // document costs more than scanning a short one. The result gets exact-size copies.
    const capacity = Math.min(this.n + 1, Math.max(256, this.n >> 2));
    if (shared.starts.length < capacity) shared = newWorkspace(capacity, shared.out.length);
    if (shared.out.length < this.n) shared = newWorkspace(shared.starts.length, this.n);
    this.starts = shared.starts;
    this.ends = shared.ends;
    this.hashes = shared.hashes;
    this.breaks = shared.breaks;
    this.kinds = shared.kinds;
    this.normStarts = shared.normStarts;
    this.normEnds = shared.normEnds;
    this.out = shared.out;
  }

  run(): TokenTable {
    this.scan();
    return this.finish();
  }

  /** The tokens as Token objects (what tokenObjects in tokenize.ts makes of the table finish returns). */
  objects(): Token[] {
    this.scan();
    const { text, count } = this;
    const normText = decodeUtf16(this.out, this.outLength);
    const tokens = new Array<Token>(count);
    for (let t = 0; t < count; t++) {
      const start = this.starts[t];
      const end = this.ends[t];
      const ns = this.normStarts[t];
      const kind = TOKEN_KINDS[this.kinds[t]];
      if (ns === -1) {
        // an unchanged token's norm is its own text: one string for both
        const norm = text.slice(start, end);
        tokens[t] = { text: norm, start, end, norm, kind };
      } else {
        const norm = ns >= 0 ? normText.slice(ns, this.normEnds[t]) : normalizeMasked(text.slice(start, end), this.table.mask);
        tokens[t] = { text: text.slice(start, end), start, end, norm, kind };
      }
    }
    if (shared.starts.length > 1 << 20) shared = newWorkspace(1024, 4096); // let a huge document's arrays go
    return tokens;
  }

  /** Finds the tokens, into the working arrays. */
  private scan(): void {
    const { text, n, cls } = this;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      const k = cls[c];
      if (k === SPACE) {
        if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) this.lineBreak = true;
        i++;
        continue;
      }
      if (k === ARABIC_LETTER || k === ARABIC_MARK || k === TATWEEL) i = this.arabicWord(i);
      else if (k === DIGIT) i = this.number(i);
      else if (k === LETTER) i = this.latinWord(i);
      else if (k === PUNCT) i = this.punct(i);
      else i = this.other(i, k);
    }
  }

  private push(start: number, end: number, kind: number): number {
    if (this.count === this.starts.length) this.growTokens();
    const t = this.count++;
    this.starts[t] = start;
    this.ends[t] = end;
    this.kinds[t] = kind;
    this.breaks[t] = this.lineBreak ? 1 : 0;
    this.lineBreak = false;
    // Normalize the token's characters into the output buffer; keep it only if something changed.
    const { action, replacement } = this.table;
    const text = this.text;
    let o = this.outLength;
    if (o + (end - start) > this.out.length) this.growOut(o + (end - start));
    const out = this.out;
    let changed = false;
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      const a = action[c];
      if (a === KEEP) {
        out[o++] = c;
        h = Math.imul(h ^ c, FNV_PRIME);
      } else if (a === REPLACE) {
        const r = replacement[c];
        out[o++] = r;
        h = Math.imul(h ^ r, FNV_PRIME);
        changed = true;
      } else if (a === DELETE) changed = true;
      else {
        // compositions and presentation-form expansions: rare, done by the general normalizer
        this.normStarts[t] = -2;
        return end;
      }
    }
    this.hashes[t] = h;
    if (changed) {
      this.normStarts[t] = this.outLength;
      this.normEnds[t] = o;
      this.outLength = o;
    } else this.normStarts[t] = -1;
    return end;
  }

  private growTokens(): void {
    const size = this.starts.length * 2;
    const grow32 = (a: Int32Array): Int32Array => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.starts = grow32(this.starts);
    this.ends = grow32(this.ends);
    this.hashes = grow32(this.hashes);
    this.normStarts = grow32(this.normStarts);
    this.normEnds = grow32(this.normEnds);
    const kinds = new Uint8Array(size);
    kinds.set(this.kinds);
    this.kinds = kinds;
    const breaks = new Uint8Array(size);
    breaks.set(this.breaks);
    this.breaks = breaks;
    shared = { breaks, hashes: this.hashes, starts: this.starts, ends: this.ends, kinds, normStarts: this.normStarts, normEnds: this.normEnds, out: this.out };
  }

  private growOut(size: number): void {
    const bigger = new Uint16Array(Math.max(size, this.out.length * 2));
    bigger.set(this.out.subarray(0, this.outLength));
    this.out = bigger;
    shared = { ...shared, out: bigger };
  }

  private finish(): TokenTable {
    const { text, count } = this;
    const normText = decodeUtf16(this.out, this.outLength);
    const norms = new Array<string>(count);
    // the table's six number arrays share one buffer: one allocation outside the heap per document, not
    // four (Int32 starts, ends, hashes; then Uint8 kinds, line breaks, changed)
    const buffer = new ArrayBuffer(15 * count);
    const starts = new Int32Array(buffer, 0, count);
    const ends = new Int32Array(buffer, 4 * count, count);
    const hashes = new Int32Array(buffer, 8 * count, count);
    const kinds = new Uint8Array(buffer, 12 * count, count);
    const breakBefore = new Uint8Array(buffer, 13 * count, count);
    const changed = new Uint8Array(buffer, 14 * count, count);
    for (let t = 0; t < count; t++) {
      const ns = this.normStarts[t];
      if (ns === -1) norms[t] = text.slice(this.starts[t], this.ends[t]);
      else {
        if (ns >= 0) norms[t] = normText.slice(ns, this.normEnds[t]);
        else {
          norms[t] = normalizeMasked(text.slice(this.starts[t], this.ends[t]), this.table.mask);
          this.hashes[t] = hashString(norms[t]);
        }
        changed[t] = 1;
      }
    }
    starts.set(this.starts.subarray(0, count));
    ends.set(this.ends.subarray(0, count));
    hashes.set(this.hashes.subarray(0, count));
    kinds.set(this.kinds.subarray(0, count));
    breakBefore.set(this.breaks.subarray(0, count));
    if (shared.starts.length > 1 << 20) shared = newWorkspace(1024, 4096); // let a huge document's arrays go
    return {
      text,
      count,
      starts,
      ends,
      hashes,
      kinds,
      breakBefore,
      norms,
      changed,
    };
  }

  private classAt(j: number): number {
    return j < this.n ? this.cls[this.text.charCodeAt(j)] : SPACE;
  }

  /** End of a run of digits starting at j. */
  private digitsEnd(j: number): number {
    const { text, n, cls } = this;
    while (j < n && cls[text.charCodeAt(j)] === DIGIT) j++;
    return j;
  }

  /** After letters: glued digits (إم4, S400) or a hyphen and digits (إس-400, F-16). */
  private codeEnd(j: number): number {
    const { text, n, cls } = this;
    if (j < n && cls[text.charCodeAt(j)] === DIGIT) return this.digitsEnd(j);
    if (j + 1 < n && isHyphen(text.charCodeAt(j)) && cls[text.charCodeAt(j + 1)] === DIGIT) return this.digitsEnd(j + 1);
    return j;
  }

  /** End of the Arabic letters, marks and tatweel from s; a joiner or control inside a word belongs to it. */
  private arabicEnd(s: number): number {
    const { text, n, cls } = this;
    let j = s;
    while (j < n) {
      const k = cls[text.charCodeAt(j)];
      if (k === ARABIC_LETTER || k === ARABIC_MARK || k === TATWEEL) j++;
      else if (k === INVISIBLE || k === MARK) {
        let m = j + 1;
        while (m < n && (cls[text.charCodeAt(m)] === INVISIBLE || cls[text.charCodeAt(m)] === MARK)) m++;
        const next = m < n ? cls[text.charCodeAt(m)] : SPACE;
        if (next === ARABIC_LETTER || next === ARABIC_MARK || next === TATWEEL) j = m;
        else break;
      } else break;
    }
    return j;
  }

  private arabicWord(s: number): number {
    const { text, n, cls } = this;
    // Fast path for the common word: letters, marks and tatweel only, normalized while scanning.
    const { action, replacement } = this.table;
    const out = this.out;
    let o = this.outLength;
    let j = s;
    let letters = 0;
    let changed = false;
    let simple = true;
    let h = FNV_OFFSET;
    while (j < n) {
      const c = text.charCodeAt(j);
      const k = cls[c];
      if (k === ARABIC_LETTER) letters++;
      else if (k !== ARABIC_MARK && k !== TATWEEL) break;
      const a = action[c];
      if (a === KEEP) {
        out[o++] = c;
        h = Math.imul(h ^ c, FNV_PRIME);
      } else if (a === REPLACE) {
        const r = replacement[c];
        out[o++] = r;
        h = Math.imul(h ^ r, FNV_PRIME);
        changed = true;
      } else if (a === DELETE) changed = true;
      else simple = false;
      j++;
    }
    const next = j < n ? cls[text.charCodeAt(j)] : SPACE;
    if (simple && letters > 0 && next !== INVISIBLE && next !== MARK && next !== DIGIT && !isHyphen(text.charCodeAt(j))) {
      if (this.count === this.starts.length) this.growTokens();
      const t = this.count++;
      this.starts[t] = s;
      this.ends[t] = j;
      this.kinds[t] = K_WORD;
      this.breaks[t] = this.lineBreak ? 1 : 0;
      this.lineBreak = false;
      this.hashes[t] = h;
      if (changed) {
        this.normStarts[t] = this.outLength;
        this.normEnds[t] = o;
        this.outLength = o;
      } else this.normStarts[t] = -1;
      return j;
    }
    // General path: joiners inside the word, glued digits, codes.
    j = this.arabicEnd(s);
    letters = 0;
    for (let m = s; m < j && letters < 2; m++) if (cls[text.charCodeAt(m)] === ARABIC_LETTER) letters++;
    // Digits glue to a word of two letters or more (إم4, إس-400), not to a lone preposition (ب1500, بـ1500).
    if (letters >= 2 && text.charCodeAt(j - 1) !== 0x0640) j = this.codeEnd(j);
    return this.push(s, j, letters > 0 ? K_WORD : K_SYMBOL);
  }

  private number(s: number): number {
    const { text, n } = this;
    let j = this.digitsEnd(s);
    // separators inside a number: 1,500.25 ٣٫٥ ١٬٥٠٠
    for (;;) {
      const sep = j < n ? text.charCodeAt(j) : 0;
      if ((sep === 0x2e || sep === 0x2c || sep === 0x066b || sep === 0x066c) && this.classAt(j + 1) === DIGIT) j = this.digitsEnd(j + 1);
      else break;
    }
    if (j === s + 1 && j < n && (text.charCodeAt(j) === 0xfe0f || text.charCodeAt(j) === 0x20e3)) {
      return this.push(s, this.emojiEnd(j), K_EMOJI); // keycap 1️⃣
    }
    if (isAsciiAlnum(text.charCodeAt(s))) {
      const e = this.emailEnd(s);
      if (e > 0) return this.push(s, e, K_EMAIL);
    }
    return this.push(s, j, K_NUMBER);
  }

  private latinWord(s: number): number {
    const text = this.text;
    if (isAsciiAlnum(text.charCodeAt(s))) {
      const u = this.urlEnd(s);
      if (u > 0) return this.push(s, u, K_URL);
      const e = this.emailEnd(s);
      if (e > 0) return this.push(s, e, K_EMAIL);
    }
    let j = this.letterEnd(s);
    // alphanumeric codes: TB2, MQ-9B, S-400, Su-35
    for (;;) {
      const after = this.codeEnd(j);
      if (after === j) break;
      j = after;
      if (this.classAt(j) === LETTER) j = this.letterEnd(j);
      else break;
    }
    return this.push(s, j, K_LATIN);
  }

  /** End of a run of letters of another script (with their marks and inner apostrophes). */
  private letterEnd(s: number): number {
    const { text, n, cls } = this;
    let j = s;
    for (;;) {
      while (j < n) {
        const k = cls[text.charCodeAt(j)];
        if (k === LETTER || k === MARK) j++;
        else if (k === HIGH_SURROGATE && j + 1 < n && isAstralLetter(text.codePointAt(j) as number)) j += 2;
        else break;
      }
      // don't, O'Brien: an apostrophe between letters stays inside
      if (j + 1 < n && (text.charCodeAt(j) === 0x27 || text.charCodeAt(j) === 0x2019) && cls[text.charCodeAt(j + 1)] === LETTER) {
        j++;
        continue;
      }
      return j;
    }
  }

  private punct(s: number): number {
    const { text, n, cls } = this;
    const c = text.charCodeAt(s);
    if ((c === 0x23 || c === 0x40) && s + 1 < n) {
      // #hashtag, @mention
      const next = cls[text.charCodeAt(s + 1)];
      if (next === ARABIC_LETTER || next === LETTER || next === DIGIT || text.charCodeAt(s + 1) === 0x5f) {
        let j = s + 1;
        while (j < n) {
          const k = cls[text.charCodeAt(j)];
          const d = text.charCodeAt(j);
          if (k === ARABIC_LETTER || k === LETTER || k === DIGIT || k === ARABIC_MARK || k === MARK || k === TATWEEL || d === 0x5f || d === 0x200c) j++;
          else break;
        }
        return this.push(s, j, c === 0x23 ? K_HASHTAG : K_MENTION);
      }
    }
    let j = s + 1;
    if (isDot(c)) while (j < n && isDot(text.charCodeAt(j))) j++; // ... is one token
    return this.push(s, j, K_PUNCT);
  }

  /** Emoji, astral characters, controls and marks with no word before them, symbols. */
  private other(s: number, k: number): number {
    const { text, n, cls } = this;
    if (k === EMOJI) return this.push(s, this.emojiEnd(s + 1), K_EMOJI);
    if (k === HIGH_SURROGATE && s + 1 < n && cls[text.charCodeAt(s + 1)] === LOW_SURROGATE) {
      const cp = text.codePointAt(s) as number;
      if (isAstralEmoji(cp)) return this.push(s, this.emojiEnd(s + 2), K_EMOJI);
      if (isAstralLetter(cp)) return this.latinWord(s);
      return this.push(s, s + 2, K_SYMBOL);
    }
    if (k === INVISIBLE || k === MARK) {
      // they join the word that follows, if any
      let m = s + 1;
      while (m < n && (cls[text.charCodeAt(m)] === INVISIBLE || cls[text.charCodeAt(m)] === MARK)) m++;
      const next = this.classAt(m);
      if (next === ARABIC_LETTER) return this.push(s, this.codeEnd(this.arabicEnd(m)), K_WORD);
      if (next === LETTER) return this.push(s, this.letterEnd(m), K_LATIN);
      return this.push(s, m, K_SYMBOL);
    }
    if (k === SYMBOL && s + 1 < n && text.charCodeAt(s + 1) === 0xfe0f) return this.push(s, this.emojiEnd(s + 1), K_EMOJI); // ❤️
    return this.push(s, s + 1, K_SYMBOL); // symbols, controls, lone surrogates: one code unit each
  }

  /** A bare or full URL starting at s, or -1. */
  private urlEnd(s: number): number {
    const { text, n, cls } = this;
    let j: number;
    const c0 = text.charCodeAt(s) | 0x20;
    if (c0 !== 0x68 && c0 !== 0x77 && c0 !== 0x66) {
      // not h/w/f: only a bare domain can start here
      const d = this.domainEnd(s);
      if (d < 0 || (d < n && text.charCodeAt(d) !== 0x2f)) return d;
      j = d;
    } else {
      const lower = text.slice(s, s + 8).toLowerCase();
      if (lower.startsWith('https://')) j = s + 8;
      else if (lower.startsWith('http://')) j = s + 7;
      else if (lower.startsWith('ftp://')) j = s + 6;
      else if (lower.startsWith('www.')) j = s + 4;
      else {
        const d = this.domainEnd(s);
        if (d < 0 || (d < n && text.charCodeAt(d) !== 0x2f)) return d;
        j = d;
      }
    }
    let paren = 0;
    let opened = false;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (cls[c] === SPACE || URL_STOP.has(c)) break;
      if (c === 0x28) {
        paren++;
        opened = true;
      }
      else if (c === 0x29) {
        if (paren === 0) break;
        paren--;
      }
      j++;
    }
    // Trailing sentence punctuation is not part of the URL; a ')' that closes a '(' inside it is.
    while (j > s && URL_TRAILING.has(text.charCodeAt(j - 1))) {
      if (text.charCodeAt(j - 1) === 0x29 && paren === 0 && opened) break;
      j--;
    }
    return j - s > 4 ? j : -1;
  }

  /** End of a domain name (two or more labels, the last a known TLD) starting at s, or -1. */
  private domainEnd(s: number): number {
    if (s < this.noDomainBefore) return -1;
    const text = this.text;
    const limit = Math.min(this.n, s + MAX_DOMAIN);
    let j = s;
    let lastLabelStart = s;
    let labels = 0;
    while (j < limit) {
      const labelStart = j;
      while (j < limit && (isAsciiAlnum(text.charCodeAt(j)) || text.charCodeAt(j) === 0x2d)) j++;
      if (j === labelStart) return -1;
      labels++;
      lastLabelStart = labelStart;
      if (j + 1 < limit && isDot(text.charCodeAt(j)) && isAsciiAlnum(text.charCodeAt(j + 1))) j++;
      else break;
    }
    const found = labels >= 2 && TLDS.has(text.slice(lastLabelStart, j).toLowerCase());
    if (!found) this.noDomainBefore = Math.max(this.noDomainBefore, this.hopelessBefore(j, limit, MAX_DOMAIN, 0));
    return found ? j : -1;
  }

  /**
   * After a failed scan that stopped at j (the bound was `limit`): the offset before which no start in
   * the same run of address characters can succeed, so that a run like a.a.a.a… is scanned once. A
   * scan that hit its bound finds the run's end first; a start more than `bound` before that end (or
   * before its terminator, for emails the @) cannot reach it.
   */
  private hopelessBefore(j: number, limit: number, bound: number, terminator: number): number {
    const text = this.text;
    let end = j;
    if (j === limit) {
      while (end < this.n) {
        const c = text.charCodeAt(end);
        if (isAsciiAlnum(c) || c === 0x2e || c === 0x2d || c === 0x5f || c === 0x25 || c === 0x2b) end++;
        else break;
      }
    }
    if (terminator !== 0 && end < this.n && text.charCodeAt(end) === terminator) return end - bound;
    return terminator !== 0 || j < limit ? end : end - bound;
  }

  /** An email address starting at s, or -1 (the local part is bounded, so this stays linear). */
  private emailEnd(s: number): number {
    if (s < this.noEmailBefore) return -1;
    const text = this.text;
    const limit = Math.min(this.n, s + MAX_EMAIL_LOCAL);
    let j = s;
    while (j < limit) {
      const c = text.charCodeAt(j);
      if (isAsciiAlnum(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d) j++;
      else break;
    }
    if (j === s || j >= this.n || text.charCodeAt(j) !== 0x40) {
      this.noEmailBefore = Math.max(this.noEmailBefore, this.hopelessBefore(j, limit, MAX_EMAIL_LOCAL, 0x40));
      return -1;
    }
    // the domain: labels with at least one dot, the last label two characters or more
    const d0 = j + 1;
    const limitD = Math.min(this.n, d0 + MAX_DOMAIN);
    let k = d0;
    let dots = 0;
    let lastLabelStart = d0;
    while (k < limitD) {
      const labelStart = k;
      while (k < limitD && (isAsciiAlnum(text.charCodeAt(k)) || text.charCodeAt(k) === 0x2d)) k++;
      if (k === labelStart) return -1;
      lastLabelStart = labelStart;
      if (k + 1 < limitD && isDot(text.charCodeAt(k)) && isAsciiAlnum(text.charCodeAt(k + 1))) {
        k++;
        dots++;
      } else break;
    }
    return dots > 0 && k - lastLabelStart >= 2 ? k : -1;
  }

  /** End of an emoji sequence whose first code point ends at j. */
  private emojiEnd(j: number): number {
    const { text, n } = this;
    for (;;) {
      if (j >= n) return j;
      const c = text.charCodeAt(j);
      if (c === 0xfe0f || c === 0xfe0e || c === 0x20e3) {
        j++;
        continue;
      }
      if (c === 0x200d && j + 1 < n) {
        const next = text.codePointAt(j + 1) as number;
        if (this.isEmojiCodePoint(next)) {
          j += 1 + (next > 0xffff ? 2 : 1);
          continue;
        }
        return j;
      }
      if (c >= 0xd800 && c <= 0xdbff) {
        const cp = text.codePointAt(j) as number;
        // skin tones, regional indicator pairs (flags), tag sequences (subdivision flags)
        if ((cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0x1f1e6 && cp <= 0x1f1ff) || (cp >= 0xe0020 && cp <= 0xe007f)) {
          j += 2;
          continue;
        }
      }
      return j;
    }
  }

  private isEmojiCodePoint(cp: number): boolean {
    return cp > 0xffff ? isAstralEmoji(cp) : this.cls[cp] === EMOJI || cp === 0x2764;
  }
}
