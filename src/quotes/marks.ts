// Quote marks: pairs them within a paragraph, in every style news use (« », » «, “ ”, „ “, " ", ‹ ›,
// ' '), with the mismatched closers of real copy (“…″, “…"), nesting, and a quote that runs over
// paragraphs with an opening mark at the start of each, or closed in the next paragraph. An opening mark
// that never closes ends at its paragraph's end, at most MAX_OPEN_QUOTE characters on: it never swallows
// the document. A straight mark written against the next word (…، وأن "التعديلات) opens a new quote:
// the one still open ends at its first full stop, or else at the last comma before the new one.

import { K_PUNCT, type TokenTable } from '../tokens/scan.js';

/** A pair of quote marks: token indices of the marks and the content between them. */
export interface MarkSpan {
  open: number;
  /** Token of the closing mark, or -1 when the quote was cut at a paragraph end or at the bound. */
  close: number;
  /** Offsets of the content (between the marks). */
  start: number;
  end: number;
  /** Nesting depth: 0 for an outer pair. */
  depth: number;
}

export const MAX_OPEN_QUOTE = 3000;

const OPENERS = new Set(['«', '“', '„', '‹', '‘', '‟']);
const CLOSERS = new Set(['»', '”', '›', '’', '″', '〞']);
const AMBIGUOUS = new Set(['"', '＂', "'"]);
/** 1 at the UTF-16 code of each quote mark: read for every punctuation token. */
const IS_MARK = new Uint8Array(0x10000);
for (const c of [...OPENERS, ...CLOSERS, ...AMBIGUOUS]) IS_MARK[c.charCodeAt(0)] = 1;

/** Which closers end a quote opened with this mark. */
function closes(opener: string, closer: string, reversed: boolean): boolean {
  switch (opener) {
    case '«':
      return closer === (reversed ? '«' : '»');
    case '»':
      return reversed && closer === '«';
    case '“':
      return closer === '”' || closer === '″' || closer === '"' || closer === '〞';
    case '„':
      return closer === '“' || closer === '”';
    case '‹':
      return closer === '›';
    case '‘':
      return closer === '’';
    case '"':
    case '＂':
      return closer === '"' || closer === '＂' || closer === '”';
    case "'":
      return closer === "'" || closer === '’';
    default:
      return false;
  }
}

interface Open {
  token: number;
  mark: string;
}

/**
 * Finds the quote-mark pairs of a document. `paragraphStart[i]` is 1 when token i starts a paragraph.
 * Linear in the number of tokens: each mark is pushed and popped once.
 */
export function findMarkSpans(table: TokenTable, paragraphStart: Uint8Array): MarkSpan[] {
  const { text, count, starts, ends, kinds } = table;
  // the quote-mark tokens, in order: the scans below read these, not every token (a look-up by code:
  // commas and full stops are most punctuation, and no mark)
  const marks: number[] = [];
  for (let i = 0; i < count; i++) if (kinds[i] === K_PUNCT && ends[i] - starts[i] === 1 && IS_MARK[text.charCodeAt(starts[i])] === 1) marks.push(i);
  if (marks.length === 0) return [];
  const spans: MarkSpan[] = [];
  const stack: Open[] = [];
  let reversed = false;
  let lastCurlyClose = -1; // the paragraph's last ”, so a " can tell whether a “ will find its own closer
  const closeAll = (endToken: number): void => {
    // marks still open at a paragraph end: the quote ends there (or at the bound)
    while (stack.length) {
      const o = stack.pop() as Open;
      const start = ends[o.token];
      let end = endToken > o.token + 1 ? ends[endToken - 1] : start;
      if (end - start > MAX_OPEN_QUOTE) end = start + MAX_OPEN_QUOTE;
      if (end > start) spans.push({ open: o.token, close: -1, start, end, depth: stack.length });
    }
  };

  let m = 0; // the next mark to read
  let paragraph = 0; // the first token of the next paragraph
  while (m < marks.length) {
    if (paragraph <= marks[m]) {
      const i = paragraph;
      const next = nextParagraph(paragraphStart, i, count);
      let end = m; // the paragraph's marks are marks[m, end)
      while (end < marks.length && marks[end] < next) end++;
      // A paragraph that opens with the same mark as an unclosed quote continues that quote …
      const first = m < end && marks[m] === i ? text[starts[i]] : null;
      const continues = stack.length === 1 && first !== null && first === stack[0].mark;
      // … or one whose first mark closes it, with no other quote of that mark in the paragraph
      const closedNext = !continues && stack.length === 1 && closesInParagraph(table, stack[0], marks, m, end, next);
      if (!continues && !closedNext) closeAll(i);
      paragraph = next;
      reversed = isReversed(table, marks, m, end);
      lastCurlyClose = -1;
      for (let k = m; k < end; k++) if (text[starts[marks[k]]] === '”') lastCurlyClose = marks[k];
      if (continues) m++; // the reopening mark is part of the content
      continue;
    }
    const i = marks[m++];
    const mark = text[starts[i]];
    const top = stack.length ? stack[stack.length - 1] : null;
    if (top && AMBIGUOUS.has(mark) && top.mark === mark && opensWord(table, i)) {
      // "إن … وواسع، وأن "التعديلات …": a straight mark against the next word opens; the open quote ends at
      // its last clause boundary before it
      const boundary = lastBoundary(table, top.token, i);
      if (boundary > top.token + 1) {
        stack.pop();
        spans.push({ open: top.token, close: -1, start: ends[top.token], end: starts[boundary], depth: stack.length });
        stack.push({ token: i, mark });
        continue;
      }
    }
    // لـ»المدينة» أن …: a guillemet written against the word before it and not the one after closes one
    // of the same glyph (one glyph typed for both marks, in a paragraph of either style)
    const sameGuillemet = top !== null && top.mark === mark && (mark === '»' || mark === '«') && closesWord(table, i);
    if (top && (sameGuillemet || closes(top.mark, mark, reversed)) && !(mark === '“' && top.mark === '“')) {
      // a “ closes „ ; a " closes “ only when no ” follows in the paragraph
      if (top.mark === '“' && (mark === '"' || mark === '″') && lastCurlyClose > i) {
        stack.push({ token: i, mark });
        continue;
      }
      stack.pop();
      if (i - 1 > top.token) spans.push({ open: top.token, close: i, start: ends[top.token], end: starts[i], depth: stack.length });
      continue;
    }
    if (mark === "'" || mark === '’' || mark === '‘') {
      // apostrophes are everywhere: a single quote opens only before a letter, after a space
      if (mark === "'" && isOpeningApostrophe(table, i)) stack.push({ token: i, mark });
      continue;
    }
    if (OPENERS.has(mark) || AMBIGUOUS.has(mark) || (mark === '»' && reversed)) {
      stack.push({ token: i, mark });
      if (stack.length > 64) stack.shift(); // thousands of unclosed marks: keep the nearest ones
    }
    // a closer without an opener is ignored
  }
  // the last mark read: what is still open ends with its paragraph
  closeAll(paragraph);
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return spans;
}

/** A mark against the word before it (no space between) with white space or punctuation after it. */
function closesWord(table: TokenTable, i: number): boolean {
  const { starts, ends, count, kinds } = table;
  if (i === 0 || ends[i - 1] !== starts[i] || kinds[i - 1] === K_PUNCT) return false;
  return i + 1 >= count || starts[i + 1] > ends[i] || kinds[i + 1] === K_PUNCT;
}

/** A mark with white space before it and a letter right after it: it opens (…، وأن "التعديلات). */
function opensWord(table: TokenTable, i: number): boolean {
  const { starts, ends, count, text } = table;
  const spaceBefore = i === 0 || ends[i - 1] < starts[i];
  return spaceBefore && i + 1 < count && starts[i + 1] === ends[i] && table.kinds[i + 1] !== K_PUNCT && /\S/.test(text[starts[i + 1]]);
}

// Where an unclosed quote may end: a full stop, or else a comma or a semicolon.
const STOPS = new Set(['.', '!', '؟', '?']);
const BOUNDARIES = new Set([...STOPS, '،', ',', '؛', ';']);

/** Where a quote left open ends before the next one opens: its first full stop, else its last comma (-1: none). */
function lastBoundary(table: TokenTable, from: number, to: number): number {
  for (let k = from + 1; k < to; k++) if (table.kinds[k] === K_PUNCT && STOPS.has(table.norms[k])) return k;
  for (let k = to - 1; k > from; k--) if (table.kinds[k] === K_PUNCT && BOUNDARIES.has(table.norms[k])) return k;
  return -1;
}

/**
 * Does the paragraph (its marks are marks[from, to), it ends before token paragraphEnd) close the quote still
 * open from the one before: its first quote mark closes it (and is not written against the next word), and, for
 * a straight mark, the paragraph holds an odd number of them?
 */
function closesInParagraph(table: TokenTable, open: Open, marks: readonly number[], from: number, to: number, paragraphEnd: number): boolean {
  if (from >= to || table.ends[paragraphEnd - 1] - table.starts[open.token] > MAX_OPEN_QUOTE) return false;
  let same = 0;
  for (let k = from; k < to; k++) if (table.text[table.starts[marks[k]]] === open.mark) same++;
  const first = marks[from];
  const m = table.text[table.starts[first]];
  if (!closes(open.mark, m, false) || opensWord(table, first)) return false;
  return !AMBIGUOUS.has(m) || same % 2 === 1;
}

function nextParagraph(paragraphStart: Uint8Array, i: number, count: number): number {
  let j = i + 1;
  while (j < count && !paragraphStart[j]) j++;
  return j;
}

/**
 * » … « style: the paragraph's first guillemet (of its marks[from, to)) is », and the first « after it
 * is written against the end of a word (in لـ»المدينة» أن … «الحرس» it opens one: a paragraph of « »
 * style, where one glyph was typed for both marks of the paper's name).
 */
function isReversed(table: TokenTable, marks: readonly number[], from: number, to: number): boolean {
  const markOf = (k: number): string => table.text[table.starts[marks[k]]];
  for (let k = from; k < to; k++) {
    const m = markOf(k);
    if (m === '«') return false;
    if (m === '»') {
      for (let j = k + 1; j < to; j++) if (markOf(j) === '«') return closesWord(table, marks[j]);
      return false;
    }
  }
  return false;
}

function isOpeningApostrophe(table: TokenTable, i: number): boolean {
  const { starts, ends, count } = table;
  const spaceBefore = i === 0 || ends[i - 1] < starts[i];
  return spaceBefore && i + 1 < count && starts[i + 1] === ends[i];
}
