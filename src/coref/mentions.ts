// The entity mentions as coref and the quote stage read them: which mention covers each token, and
// whether a name is written as an addressee or a place (لوكالة، بالوزارة، عن X) rather than a subject.

import type { TokenTable } from '../tokens/scan.js';
import type { Mention } from '../entities/layers.js';
import { Int32Scratch } from '../scratch.js';

const MENTION_AT = new Int32Scratch();

/** The mention index covering each token, or -1: built once per document, valid until the next document's. */
export function mentionIndex(count: number, mentions: readonly Mention[]): Int32Array {
  const at = MENTION_AT.take(count, -1);
  mentions.forEach((m, k) => {
    for (let t = m.first; t <= m.last; t++) at[t] = k;
  });
  return at;
}

const PREPOSITION_BEFORE = new Set(['عن', 'الي', 'علي', 'من', 'في', 'مع', 'لدي', 'عبر', 'ل', 'لوكاله', 'لصحيفه', 'لقناه', 'وكاله', 'صحيفه', 'قناه']);

/** A mention written with a preposition (لوكالة, بالوزارة, عن X): an addressee or a place, not a subject. */
export function isPrepositional(table: TokenTable, m: Mention): boolean {
  if (m.start > table.starts[m.first]) {
    const prefix = table.norms[m.first].slice(0, 2);
    if (/^(ل|ب|وب|ول|فب|فل)/.test(prefix)) return true;
  }
  const before = m.first - 1;
  if (before < 0) return false;
  const w = table.norms[before];
  return PREPOSITION_BEFORE.has(w) || /^ل(وكاله|صحيفه|قناه|موقع)/.test(w);
}

/** isPrepositional for mention k of a book. */
export function isPrepositionalName(book: { doc: { table: TokenTable }; mentions: readonly Mention[] }, k: number): boolean {
  return isPrepositional(book.doc.table, book.mentions[k]);
}
