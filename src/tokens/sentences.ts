// Sentence splitting over the token table: at terminal punctuation and at line breaks, not inside
// numbers or URLs (they are single tokens) and not after abbreviations and initials (د. م. ج.).

import { assertText } from '../errors.js';
import { K_LATIN, K_NUMBER, K_PUNCT, K_WORD, scanTokens, type TokenTable } from './scan.js';

/** A sentence: an exact span of the input. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const TERMINALS = new Set(['.', '!', '?', '؟', '…']);
// Closing marks that stay with the sentence they close.
const CLOSERS = new Set(['»', '”', '’', ')', ']', '}', '›', '"', "'", '″']);

function isTerminal(tokenText: string): boolean {
  if (TERMINALS.has(tokenText)) return true;
  // runs: ... ؟! !!
  if (tokenText.length > 1 && tokenText.charCodeAt(0) === 0x2e) return true;
  return false;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x0b || c === 0x0c || c === 0x85) return true;
  }
  return false;
}

/**
 * Sentence boundaries as token indices: sentence k covers tokens [bounds[2k], bounds[2k+1]).
 */
export function sentenceBounds(table: TokenTable): Int32Array {
  const { text, count, starts, ends, kinds } = table;
  const out: number[] = [];
  let first = 0;
  let i = 0;
  while (i < count) {
    if (i > first && hasLineBreak(text, ends[i - 1], starts[i])) {
      out.push(first, i);
      first = i;
    }
    if (kinds[i] === K_PUNCT && isTerminal(text.slice(starts[i], ends[i])) && !isAbbreviation(table, i)) {
      let j = i + 1;
      // ؟! and closing quotes or brackets attached to the sentence end belong to it
      while (j < count && kinds[j] === K_PUNCT && starts[j] === ends[j - 1]) {
        const t = text.slice(starts[j], ends[j]);
        if (isTerminal(t) || CLOSERS.has(t)) j++;
        else break;
      }
      const glued = j < count && starts[j] === ends[j - 1] && (kinds[j] === K_NUMBER || kinds[j] === K_LATIN);
      if (!glued) {
        out.push(first, j);
        first = j;
      }
      i = j;
      continue;
    }
    i++;
  }
  if (first < count) out.push(first, count);
  return Int32Array.from(out);
}

/** A period after a one-letter word (د. م. ص. أ. J., also وص.) marks an abbreviation or initial, not
 *  an end; but not after a year's letter (2015م.). */
function isAbbreviation(table: TokenTable, i: number): boolean {
  const { text, starts, ends, kinds } = table;
  if (text.charCodeAt(starts[i]) !== 0x2e || ends[i] - starts[i] !== 1 || i === 0) return false;
  const p = i - 1;
  if (ends[p] !== starts[i]) return false;
  if (kinds[p] !== K_WORD && kinds[p] !== K_LATIN) return false;
  const word = table.norms[p];
  // one letter, or و/ف + one letter (وص. وأ.)
  if (word.length !== 1 && !(word.length === 2 && (word[0] === 'و' || word[0] === 'ف'))) return false;
  if (p > 0 && ends[p - 1] === starts[p] && kinds[p - 1] === K_NUMBER) return false;
  return true;
}

/**
 * Splits text into sentences at . ! ? ؟ … and at line breaks.
 *
 * @example sentences('قال د. أحمد إن النمو بلغ 3.5. ثم غادر.').map(s => s.text)
 * // ['قال د. أحمد إن النمو بلغ 3.5.', 'ثم غادر.']
 */
export function sentences(text: string): Sentence[] {
  assertText(text, 'sentences');
  const table = scanTokens(text);
  return sentenceObjects(table, sentenceBounds(table));
}

export function sentenceObjects(table: TokenTable, bounds: Int32Array): Sentence[] {
  const result: Sentence[] = [];
  for (let k = 0; k < bounds.length; k += 2) {
    const start = table.starts[bounds[k]];
    const end = table.ends[bounds[k + 1] - 1];
    result.push({ text: table.text.slice(start, end), start, end });
  }
  return result;
}
