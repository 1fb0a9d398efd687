// Character classes for the tokenizer: one byte per UTF-16 code unit, decoded once on first use from a
// table generated from Unicode properties (scripts/build-char-classes.mjs), so the per-character loops
// do a single array read instead of a regex test.

import { CHAR_CLASS_RUNS } from './char-classes.generated.js';

export const OTHER = 0; // controls, unassigned, private use: a symbol token of their own
export const SPACE = 1;
export const ARABIC_LETTER = 2;
export const ARABIC_MARK = 3; // harakat, Quranic marks: continue an Arabic word
export const TATWEEL = 4;
export const DIGIT = 5; // any decimal digit (Latin, Arabic-Indic, Extended Arabic-Indic, …)
export const LETTER = 6; // a letter of any other script (Latin, Cyrillic, Greek, Hebrew, CJK, …)
export const MARK = 7; // a combining mark of another script
export const PUNCT = 8;
export const SYMBOL = 9;
export const INVISIBLE = 10; // zero-width and bidi controls, soft hyphen
export const HIGH_SURROGATE = 11;
export const LOW_SURROGATE = 12;
export const EMOJI = 13; // BMP pictographs shown as emoji by default

let classes: Uint8Array | undefined;

/** The class of every UTF-16 code unit (decoded once from the generated run-length table). */
export function charClasses(): Uint8Array {
  if (classes) return classes;
  const table = new Uint8Array(65536);
  let at = 0;
  for (const run of CHAR_CLASS_RUNS.split(',')) {
    const k = parseInt(run[0], 36);
    const length = parseInt(run.slice(1), 36);
    table.fill(k, at, at + length);
    at += length;
  }
  classes = table;
  return table;
}

/** Zero-width characters, bidi controls and the soft hyphen (the `invisible` normalization step). */
export function isInvisible(c: number): boolean {
  return (
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0x061c ||
    c === 0xfeff ||
    c === 0x00ad
  );
}

/** Characters removed by the `diacritics` step. */
export function isDiacritic(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x06d6 && c <= 0x06dc) ||
    (c >= 0x06df && c <= 0x06e4) ||
    c === 0x06e7 ||
    c === 0x06e8 ||
    (c >= 0x06ea && c <= 0x06ed)
  );
}

/** A code point outside the BMP that is shown as an emoji (classified once, then remembered). */
const astralEmoji = new Map<number, boolean>();
const emojiPattern = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]/u;
export function isAstralEmoji(codePoint: number): boolean {
  let known = astralEmoji.get(codePoint);
  if (known === undefined) {
    known = emojiPattern.test(String.fromCodePoint(codePoint));
    if (astralEmoji.size < 4096) astralEmoji.set(codePoint, known);
  }
  return known;
}

/** An astral letter (e.g. mathematical alphanumerics, historic scripts): part of a `latin` token. */
const astralLetterPattern = /\p{L}|\p{Nd}/u;
export function isAstralLetter(codePoint: number): boolean {
  return astralLetterPattern.test(String.fromCodePoint(codePoint));
}
