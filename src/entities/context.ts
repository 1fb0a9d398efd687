// Where in a news document a token stands, for names that are also everyday words (المدينة the paper,
// الهلال the club): between quote marks, in the dateline that opens a line (عين اليوم – الدمام,
// الرياض - واس), or in a document about sport. Computed once per document, in one pass.

import { K_PUNCT, K_WORD } from '../tokens/scan.js';
import { hashString } from '../text/hash.js';
import type { DocTokens } from './layers.js';

export interface DocContext {
  /** 1 for the words of a short name standing alone between quote marks («المدينة», "أنصار الله"). */
  quoted: Uint8Array;
  /** 1 for the words of a dateline at the start of a line, before its text begins. */
  dateline: Uint8Array;
  /** The document reports on sport: club names that are everyday words are read as clubs. */
  sports: boolean;
}

// Guillemets open and close either way: Arabic copy writes »…« as often as «…»
const OPENING = new Set(['«', '»', '“', '"', '„', '‹', "'", '‘', '＂']);
const CLOSING = new Set(['»', '«', '”', '"', '›', "'", '’', '″', '＂']);
const DASHES = new Set(['-', '–', '—', '‒', '−']);
/** The longest name read as a quoted name; longer quoted text is a quotation. */
const MAX_QUOTED_WORDS = 4;

// Words of match reports, normalized: a document with several is about sport.
const SPORTS_WORDS = new Set([
  'مباراه', 'مباريات', 'المباراه', 'الدوري', 'دوري', 'لاعب', 'اللاعب', 'لاعبي', 'لاعبو', 'اللاعبين', 'مدرب', 'المدرب', 'هدف',
  'الهدف', 'اهداف', 'الاهداف', 'بطوله', 'البطوله', 'كاس', 'الكاس', 'المنتخب', 'منتخب', 'الملعب', 'ملعب', 'نادي', 'النادي',
  'فريق', 'الفريق', 'الموسم', 'التعاقد', 'الاحتراف', 'الجوله', 'الشوط', 'ركله', 'الحكم', 'تعادل', 'فوز', 'الفوز', 'خساره',
  'دوري', 'المحترفين', 'جماهير', 'الجماهير', 'المهاجم', 'الحارس', 'الوسط',
]);
const SPORTS_THRESHOLD = 4;
/** A bit per low 16 bits of a sports word's hash (the tokenizer's hash, text/hash.ts): most words fail
 *  this test, and only the rest are looked up by their string. */
const SPORTS_HASHES = new Uint8Array(1 << 13);
for (const w of SPORTS_WORDS) {
  const h = hashString(w) & 0xffff;
  SPORTS_HASHES[h >> 3] |= 1 << (h & 7);
}
const maybeSports = (hash: number): boolean => (SPORTS_HASHES[(hash & 0xffff) >> 3] & (1 << (hash & 7))) !== 0;

export function documentContext(doc: DocTokens): DocContext {
  const { table } = doc;
  const n = table.count;
  // (both in one buffer: one allocation outside the heap per document)
  const buffer = new ArrayBuffer(2 * n);
  const quoted = new Uint8Array(buffer, 0, n);
  const dateline = new Uint8Array(buffer, n, n);
  let sportsWords = 0;
  const isMark = (t: number, marks: Set<string>): boolean => t >= 0 && t < n && table.kinds[t] === K_PUNCT && marks.has(table.text.slice(table.starts[t], table.ends[t]));
  for (let i = 0; i < n; i++) {
    if (table.kinds[i] === K_WORD && maybeSports(table.hashes[i]) && SPORTS_WORDS.has(table.norms[i])) sportsWords++;
    // «…»: up to MAX_QUOTED_WORDS words between an opening and a closing mark on one line
    if (isMark(i, OPENING)) {
      let j = i + 1;
      while (j < n && j - i - 1 < MAX_QUOTED_WORDS && table.kinds[j] === K_WORD && !doc.breakBefore[j]) j++;
      if (j > i + 1 && !doc.breakBefore[j] && isMark(j, CLOSING)) for (let t = i + 1; t < j; t++) quoted[t] = 1;
    }
    if (i === 0 || doc.breakBefore[i]) markDateline(doc, i, dateline);
  }
  return { quoted, dateline, sports: sportsWords >= SPORTS_THRESHOLD };
}

/**
 * A dateline opens a line with short segments joined by dashes and ends with a colon or runs into the
 * text: عين اليوم – الدمام, عبدالله البرقاوي- سبق- الرياض:, الرياض - واس. Its segments are a writer, a
 * paper or agency, and a place; at most three words each, at most four segments.
 */
function markDateline(doc: DocTokens, from: number, dateline: Uint8Array): void {
  const { table } = doc;
  const n = table.count;
  const segments: [number, number][] = [];
  let t = from;
  let dashes = 0;
  for (let s = 0; s < 4; s++) {
    const start = t;
    while (t < n && t - start < 3 && table.kinds[t] === K_WORD && (t === from || !doc.breakBefore[t])) t++;
    if (t === start) break;
    segments.push([start, t]);
    if (t < n && !doc.breakBefore[t] && table.kinds[t] === K_PUNCT && DASHES.has(table.text.slice(table.starts[t], table.ends[t]))) {
      dashes++;
      t++;
      continue;
    }
    break;
  }
  if (dashes === 0 || segments.length < 2) return;
  // the last segment runs into the text unless a colon closes it: only its first word is the place
  const closed = t < n && table.kinds[t] === K_PUNCT && table.text.slice(table.starts[t], table.ends[t]) === ':';
  const last = segments[segments.length - 1];
  if (!closed) last[1] = Math.min(last[1], last[0] + 1);
  for (const [a, b] of segments) for (let k = a; k < b; k++) dateline[k] = 1;
}
