// Persons by part of their names: القبلي, آل صقر or عبدالرحمن is the one person of the document whose name
// begins or ends with those words (كمال القبلي). An index of the first and last words of every person's
// name, made on the first look-up and kept up to date as persons are added or named more fully, so that
// a look-up costs the same however many persons a document names.

import { personKey, type Book } from './referents.js';

/** How many first (and last) words of a name are indexed: a part is one or two words, rarely more. */
const PART_WORDS = 4;

/** The one person whose name begins or ends with these normalized words (and is longer), or null. */
export function personByPart(book: Book, words: string): number | null {
  const key = words;
  if (key.length < 3) return null;
  const parts = namePartsOf(book);
  let found: number | null = null;
  for (const r of parts.get(key) ?? []) {
    const ref = book.referents[r];
    if (book.into[r] >= 0 || ref.type !== 'PERSON') continue;
    // (the index may hold a name since made longer: check it still reads so)
    const name = personKey(book, r);
    if (name === key || name.length <= key.length || (!name.endsWith(' ' + key) && !name.startsWith(key + ' '))) continue;
    if (found !== null && found !== r) return null; // two people share it
    found = r;
  }
  return found;
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
