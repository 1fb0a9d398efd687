// Persons by part of their names: القبلي, آل صقر or عبدالرحمن is the one person of the document whose name
// begins or ends with those words (كمال القبلي). An index of the first and last words of every person's
// name, made on the first look-up and kept up to date as persons are added or named more fully, so that
// a look-up costs the same however many persons a document names.

import { mentionBefore, personKey, type Book } from './referents.js';

/** How many first (and last) words of a name are indexed: a part is one or two words, rarely more. */
const PART_WORDS = 4;

/**
 * The one person whose name begins or ends with these normalized words (and is longer), or null. When two
 * share the words (عبدالله السلمي، عبدالرحمن السلمي), the one written last before token `at`, as a reader
 * takes it; with no position, nobody.
 */
export function personByPart(book: Book, words: string, at = -1): number | null {
  const key = words;
  // (الله ends names such as توفيق الله and رحمه الله but is nobody's family name)
  if (key.length < 3 || key === 'الله') return null;
  let found: number | null = null;
  let shared = false;
  for (const r of namePartsOf(book).get(key) ?? []) {
    if (!holdsPart(book, r, key)) continue;
    if (found !== null && found !== r) shared = true;
    found ??= r;
  }
  if (!shared) return found;
  if (at < 0) return null;
  let best: number | null = null;
  let bestToken = -1;
  for (const r of namePartsOf(book).get(key) ?? []) {
    const m = holdsPart(book, r, key) ? mentionBefore(book, r, at) : null;
    if (m && m.last > bestToken) {
      bestToken = m.last;
      best = r;
    }
  }
  return best;
}

/** Is r a person (not merged away) whose name still begins or ends with `key` and is longer? (The index
 *  may hold a name since made longer.) */
function holdsPart(book: Book, r: number, key: string): boolean {
  if (book.into[r] >= 0 || book.referents[r].type !== 'PERSON') return false;
  const name = personKey(book, r);
  return name !== key && name.length > key.length && (name.endsWith(' ' + key) || name.startsWith(key + ' '));
}

/** Indexes person r under the first and last words of its name (call it when a person is added or renamed). */
export function indexPersonName(book: Book, r: number): void {
  if (book.nameParts) addParts(book, book.nameParts, r);
}

function namePartsOf(book: Book): Map<string, number[]> {
  if (!book.nameParts) {
    const parts = new Map<string, number[]>();
    for (let r = 0; r < book.referents.length; r++) addParts(book, parts, r);
    book.nameParts = parts;
  }
  return book.nameParts;
}

function addParts(book: Book, parts: Map<string, number[]>, r: number): void {
  if (book.referents[r].type !== 'PERSON') return;
  const words = personKey(book, r).split(' ');
  const add = (part: string): void => {
    const list = parts.get(part);
    if (!list) parts.set(part, [r]);
    else if (list[list.length - 1] !== r) list.push(r);
  };
  for (let k = 1; k < words.length && k <= PART_WORDS; k++) {
    add(words.slice(0, k).join(' '));
    add(words.slice(words.length - k).join(' '));
  }
}
