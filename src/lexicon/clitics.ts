// Reading the proclitics of a token from its normalized form, and finding where its stem starts.

import { ARABIC_LETTER, charClasses } from '../text/chars.js';

/** A way to read the first token: its key with `strip` leading letters removed (and ا restored for لل). */
export interface FirstReading {
  key: string;
  strip: number;
}

export function firstReadings(norm: string): FirstReading[] {
  const out: FirstReading[] = [];
  const c0 = norm.charCodeAt(0);
  const conj = c0 === 0x0648 || c0 === 0x0641 ? 1 : 0; // و ف
  for (let c = 0; c <= conj; c++) {
    const rest = c === 0 ? norm : norm.slice(1);
    if (c === 1 && rest.length >= 3) out.push({ key: rest, strip: 1 });
    const p = rest.charCodeAt(0);
    if (p === 0x0628 || p === 0x0644 || p === 0x0643) {
      const after = rest.slice(1); // بالرياض → الرياض, لحفتر → حفتر
      // ك is read as a proclitic only before the article (كالعادة): كبيرا is not ك + بيرا; and two
      // proclitics leave a stem of four letters at least (فلكيا is not ف + ل + كيا)
      const longEnough = after.startsWith('ال') || after.length >= (c === 1 ? 4 : 3);
      if (longEnough && (p !== 0x0643 || after.startsWith('ال'))) out.push({ key: after, strip: c + 1 });
      if (p === 0x0644 && after.charCodeAt(0) === 0x0644 && after.length >= 3) out.push({ key: 'ا' + after, strip: c + 1 }); // للولايات → الولايات
    }
  }
  return out;
}

/** Offset of the `k`-th Arabic letter of a token (0-based) in the text. */
export function letterOffset(text: string, start: number, end: number, k: number): number {
  const cls = charClasses();
  let seen = 0;
  for (let i = start; i < end; i++) {
    if (cls[text.charCodeAt(i)] === ARABIC_LETTER) {
      if (seen === k) return i;
      seen++;
    }
  }
  return start;
}

