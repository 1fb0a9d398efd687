// Clitic segmentation: the plausible ways to read a word as proclitics + stem + enclitic.
// Without a dictionary the choice is left to the caller (the lexicon matcher tries every reading).

import { ARABIC_LETTER, charClasses } from '../text/chars.js';

/** One reading of a word. Offsets are UTF-16 offsets into the word. */
export interface Segmentation {
  /** Proclitics in order, in their plain form: و ف ب ل ك س and ال (also for the contractions لل, بال …). */
  proclitics: string[];
  /** The stem as written in the word. */
  stem: string;
  /** The pronoun suffix (ه ها هم هما هن ك كم كن نا ي), or '' when there is none. */
  enclitic: string;
  /** Offset of the stem in the word. */
  start: number;
  /** Offset after the stem. */
  end: number;
  /** Where a name that takes the article starts: the article's first letter, or `start` without one. */
  nameStart: number;
}

const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const LAM = 0x0644;
const KAF = 0x0643;
const SIN = 0x0633;
const ALEF = 0x0627;

const ENCLITICS = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن', 'نا', 'ه', 'ك', 'ي'];
const MIN_STEM = 2;

/** Letters of a word with light normalization (alef forms → ا; marks, tatweel, controls skipped). */
function letters(word: string): { codes: number[]; pos: number[] } {
  const cls = charClasses();
  const codes: number[] = [];
  const pos: number[] = [];
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (cls[c] !== ARABIC_LETTER) continue;
    if (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671) c = ALEF;
    codes.push(c);
    pos.push(i);
  }
  return { codes, pos };
}

/**
 * The plausible segmentations of an Arabic word, most proclitics first, the unsegmented word last.
 * A stem is never shorter than two letters.
 *
 * @example segment('وبالولايات')[0] // { proclitics: ['و','ب','ال'], stem: 'ولايات', enclitic: '', start: 4, end: 10, nameStart: 2 }
 */
export function segment(word: string): Segmentation[] {
  if (typeof word !== 'string') throw new TypeError('khabar.segment: expected a string');
  const { codes, pos } = letters(word);
  const n = codes.length;
  const results: Segmentation[] = [];
  const seen = new Set<string>();
  const add = (proclitics: string[], stemFrom: number, stemTo: number, articleAt: number): void => {
    if (stemTo - stemFrom < MIN_STEM) return;
    const start = pos[stemFrom];
    // the stem runs to the end of its last letter's marks, or to the end of the word
    const end = stemTo === n ? word.length : pos[stemTo];
    const enclitic = stemTo === n ? '' : word.slice(pos[stemTo]).replace(/[^\u0621-\u064A]/g, '');
    const key = `${proclitics.join('+')}|${start}|${end}`;
    if (seen.has(key)) return;
    seen.add(key);
    results.push({ proclitics, stem: word.slice(start, end), enclitic, start, end, nameStart: articleAt >= 0 ? pos[articleAt] : start });
  };

  // Enumerate: (و|ف)? then (ب|ل|ك + optional article | س | article)?
  const conj = n > 0 && (codes[0] === WAW || codes[0] === FA) ? [0, 1] : [0];
  for (const c of conj) {
    const base: string[] = c ? [String.fromCharCode(codes[0])] : [];
    const i = c;
    const readings: { procl: string[]; at: number; article: number }[] = [{ procl: base, at: i, article: -1 }];
    const hasArticle = (k: number): boolean => codes[k] === ALEF && codes[k + 1] === LAM;
    if (i < n) {
      const p = codes[i];
      if (p === BA || p === KAF || p === LAM) {
        readings.push({ procl: [...base, String.fromCharCode(p)], at: i + 1, article: -1 });
        if (hasArticle(i + 1)) readings.push({ procl: [...base, String.fromCharCode(p), 'ال'], at: i + 3, article: i + 1 });
        // لل: the preposition ل with the article, whose alef is not written
        if (p === LAM && codes[i + 1] === LAM) readings.push({ procl: [...base, 'ل', 'ال'], at: i + 2, article: i + 1 });
      }
      if (p === SIN && [0x064a, 0x062a, 0x0646, ALEF].includes(codes[i + 1])) {
        readings.push({ procl: [...base, 'س'], at: i + 1, article: -1 });
      }
      if (hasArticle(i)) readings.push({ procl: [...base, 'ال'], at: i + 2, article: i });
    }
    for (const r of readings) {
      add(r.procl, r.at, n, r.article);
      if (r.article >= 0) continue; // the article and a pronoun suffix do not go together
      for (const e of ENCLITICS) {
        if (n - r.at - e.length < MIN_STEM) continue;
        let match = true;
        for (let k = 0; k < e.length; k++) if (codes[n - e.length + k] !== e.charCodeAt(k)) match = false;
        if (match) add(r.procl, r.at, n - e.length, -1);
      }
    }
  }
  // Most proclitics first; for the same proclitics, without an enclitic first; the whole word last.
  const whole = (r: Segmentation): number => (r.proclitics.length === 0 && r.enclitic === '' ? 1 : 0);
  results.sort((a, b) => whole(a) - whole(b) || b.proclitics.length - a.proclitics.length || a.enclitic.length - b.enclitic.length);
  if (results.length === 0) results.push({ proclitics: [], stem: word, enclitic: '', start: 0, end: word.length, nameStart: 0 });
  return results;
}
