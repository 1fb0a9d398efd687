// Arabic for terminals that neither shape nor reorder: contextual presentation forms (arabic-reshaper),
// then the Unicode bidi algorithm (bidi-js) to turn one logical line into its visual order.
// Both are CommonJS packages, required on first use: only `pretty --shape` ever loads them, and only
// src/report/terminal.ts imports this module (the library entry never does).

import { createRequire } from 'node:module';
import type { Bidi } from 'bidi-js';

interface Reshaper {
  /** Arabic letters to their contextual presentation forms (U+FE70–U+FEFF, U+FB50–U+FDFF). */
  convertArabic(text: string): string;
}

let engines: { reshaper: Reshaper; bidi: Bidi } | undefined;
function load(): { reshaper: Reshaper; bidi: Bidi } {
  if (!engines) {
    const require = createRequire(import.meta.url);
    const bidiFactory = require('bidi-js') as () => Bidi;
    engines = { reshaper: require('arabic-reshaper') as Reshaper, bidi: bidiFactory() };
  }
  return engines;
}

export type Direction = 'ltr' | 'rtl' | 'auto';

/** A line in display order: `from[i]` is the index in the logical line that `text[i]` came from. */
export interface VisualLine {
  text: string;
  from: number[];
}

const ALEFS = new Set([0x0622, 0x0623, 0x0625, 0x0627]);
const LAM = 0x0644;
const MARK = /^\p{M}$/u;
// Invisible bidi controls: they have done their work once the line is reordered.
const BIDI_CONTROL = /^[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]$/;
const RTL_TEXT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u202B\u202E\u2067\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

const isMark = (text: string, i: number): boolean => MARK.test(text[i] ?? '');
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** True when a line has right-to-left characters, so shaping and reordering can change it. */
export function needsVisualOrder(text: string): boolean {
  return RTL_TEXT.test(text);
}

/**
 * Contextual forms. arabic-reshaper joins lam and alef into one ligature only when they are adjacent
 * (with marks between them it drops a mark and leaves the alef unjoined), so marks after a lam that
 * precedes an alef are moved after the alef first: the ligature then carries them.
 */
export function shape(text: string): VisualLine {
  const order: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === LAM) {
      let j = i + 1;
      while (j < text.length && isMark(text, j)) j++;
      if (j > i + 1 && ALEFS.has(text.charCodeAt(j))) {
        order.push(i, j);
        for (let k = i + 1; k < j; k++) order.push(k);
        i = j;
        continue;
      }
    }
    order.push(i);
  }
  const logical = order.map((i) => text[i]).join('');
  const shaped = load().reshaper.convertArabic(logical);

  // The only change in length: a lam-alef ligature stands for two characters.
  const from: number[] = [];
  let i = 0;
  for (let j = 0; j < shaped.length; j++) {
    const code = shaped.charCodeAt(j);
    from.push(order[i] ?? text.length - 1);
    i += code >= 0xfef5 && code <= 0xfefc && logical.charCodeAt(i) === LAM ? 2 : 1;
  }
  return { text: shaped, from };
}

/** Whether unit `i` belongs to the cluster of the unit before it (a mark, or a surrogate pair's second half). */
function continuesCluster(text: string, i: number): boolean {
  if (i <= 0) return false;
  const code = text.charCodeAt(i);
  if (isLowSurrogate(code)) return isHighSurrogate(text.charCodeAt(i - 1));
  return isMark(text, i);
}

/** The indices of `text` in display order (UAX #9 L1–L2, mirrored brackets applied by the caller). */
function visualOrder(text: string, direction: Direction, engine: Bidi): { order: number[]; mirrored: Map<number, string> } {
  const levels = engine.getEmbeddingLevels(text, direction);
  const order = Array.from({ length: text.length }, (_, i) => i);
  for (const [start, end] of engine.getReorderSegments(text, levels)) {
    for (let a = start!, b = end!; a < b; a++, b--) [order[a], order[b]] = [order[b]!, order[a]!];
  }
  // A reversed run reverses its clusters too; a terminal needs the base first, then its marks.
  for (let p = 0; p < order.length; ) {
    let q = p;
    while (q + 1 < order.length && continuesCluster(text, order[q]!) && order[q + 1] === order[q]! - 1) q++;
    for (let a = p, b = q; a < b; a++, b--) [order[a], order[b]] = [order[b]!, order[a]!];
    p = q + 1;
  }
  return { order, mirrored: engine.getMirroredCharactersMap(text, levels.levels) };
}

/** One logical line (no line breaks) shaped and reordered for display, bidi controls removed. */
export function toVisual(line: string, direction: Direction): VisualLine {
  if (!needsVisualOrder(line)) return { text: line, from: Array.from({ length: line.length }, (_, i) => i) };
  const shaped = shape(line);
  const { order, mirrored } = visualOrder(shaped.text, direction, load().bidi);
  let text = '';
  const from: number[] = [];
  for (const index of order) {
    const unit = mirrored.get(index) ?? shaped.text[index]!;
    if (BIDI_CONTROL.test(unit)) continue;
    text += unit;
    from.push(shaped.from[index]!);
  }
  return { text, from };
}
