// The referents of a document: who and what it speaks of. Each starts as the entity mentions of one
// entity id; descriptions (roles, anonymous sources, phrases) join them or make referents of their own as
// coref reads the quotes. A referent knows its fullest name, the role words it was introduced with, the
// countries of those roles, and how verbs agree with it. The book indexes them by head word and by phrase,
// so that every look-up costs the same however long the document.

import type { EntityType } from '../types.js';
import type { DocTokens, Mention } from '../entities/match.js';
import type { Resources } from '../entities/resources.js';

export type ReferentKind = 'name' | 'description' | 'anonymous';

/** A span where a referent is mentioned: tokens and UTF-16 offsets. */
export interface Span {
  first: number;
  last: number;
  start: number;
  end: number;
}

export interface Referent {
  /** The entity id for named referents; `ref:<n>` for the others. */
  id: string;
  name: string;
  type: EntityType | null;
  kind: ReferentKind;
  /** Grammatical gender verbs take with it, when known (وقالت مصادر: f). */
  gender: 'm' | 'f' | null;
  /** Takes plural or dual verbs (مسؤولون، الجانبان), or singular feminine ones as a broken plural (مصادر). */
  plural: boolean;
  /** Role and head words (headKey) it was introduced with: وزير, مدرب, مسوول, وزار … */
  heads: Set<string>;
  /** Countries of those roles (وزير الخارجية التركي → TR). */
  countries: Set<string>;
  /** Its mentions, in text order. */
  mentions: Span[];
  /** Its first token in the document. */
  first: number;
  /** For descriptions and anonymous sources: the normalized phrase, to meet it again; for persons, their longest written name. */
  key: string;
  /** For anonymous sources and descriptions: the head noun (مصادر, مصدر, مسوول). */
  head: string;
  /** Quote indexes. */
  quotes: number[];
}

/** All referents of a document, and the referent of each entity mention. */
export interface Book {
  doc: DocTokens;
  res: Resources;
  mentions: readonly Mention[];
  referents: Referent[];
  /** Referent of each entity mention (-1 for adjectives); read it through live(). */
  ofMention: Int32Array;
  /** Mention index covering each token, or -1. */
  mentionAt: Int32Array;
  /** For each referent, the one it was merged into, or -1. */
  into: number[];
  /** Referents by head word, in order of being given it. */
  byHead: Map<string, number[]>;
  /** Description and anonymous referents by kind and normalized phrase. */
  byPhrase: Map<string, number>;
  /** Roles of the appositions are read on first need (roles.ts): most documents never refer back by a role. */
  rolesRead: boolean;
}

const NAME_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['PERSON', 'ORGANIZATION', 'COUNTRY', 'CITY', 'LOCATION', 'WEAPON']);

/** The gender verbs take with a named entity: a person's own, a country's or city's feminine, an organization's by its head word. */
function genderOf(m: Mention): 'm' | 'f' | null {
  if (m.type === 'PERSON') return m.gender;
  if (m.type === 'COUNTRY' || m.type === 'CITY') return 'f';
  // an organization: feminine by a feminine head word (وزارة، منظمة); others are learned from their verbs
  if (m.type === 'ORGANIZATION') {
    const space = m.name.indexOf(' ');
    const head = space < 0 ? m.name : m.name.slice(0, space);
    return head.endsWith('ة') || head.endsWith('ه') || head.endsWith('ات') ? 'f' : null;
  }
  return null;
}

/** One referent per entity id, in order of first mention; partial person names joined to the full one. */
export function bookOf(doc: DocTokens, mentions: readonly Mention[], mentionAt: Int32Array, res: Resources): Book {
  const book: Book = { doc, res, mentions, referents: [], ofMention: new Int32Array(mentions.length).fill(-1), mentionAt, into: [], byHead: new Map(), byPhrase: new Map(), rolesRead: false };
  const byId = new Map<string, number>();
  let partial = false; // a short person name no lexicon knows: maybe part of a longer one
  mentions.forEach((m, k) => {
    if (m.form !== 'name' || !NAME_TYPES.has(m.type)) return;
    let r = byId.get(m.id);
    if (r === undefined) {
      r = addReferent(book, { name: m.name, type: m.type, kind: 'name', gender: genderOf(m), first: m.first, key: '' }, m.id);
      byId.set(m.id, r);
    }
    book.ofMention[k] = r;
    const ref = book.referents[r];
    // a person's key: the normalized words of its longest mention (for its partial names)
    if (m.type === 'PERSON' && (ref.mentions.length === 0 || m.last - m.first > ref.key.split(' ').length - 1)) ref.key = writtenName(doc, m);
    ref.mentions.push({ first: m.first, last: m.last, start: m.start, end: m.end });
    if (m.type === 'PERSON' && m.entry < 0 && m.last - m.first < 2) partial = true;
  });
  if (partial) joinPartialNames(book);
  return book;
}

/** The normalized words of a mention as written, without a proclitic on its first token (لحفتر → حفتر). */
function writtenName(doc: DocTokens, m: Mention): string {
  const { table } = doc;
  const words = [table.norms[m.first].slice(m.start - table.starts[m.first])];
  for (let t = m.first + 1; t <= m.last; t++) words.push(table.norms[t]);
  return words.join(' ');
}

/** Adds a referent; without an id it is a description, an anonymous source or an unknown name (`ref:<n>`). */
export function addReferent(book: Book, fields: Pick<Referent, 'name' | 'type' | 'kind' | 'key' | 'first'> & Partial<Referent>, id?: string): number {
  const r = book.referents.length;
  book.into.push(-1);
  book.referents.push({ id: id ?? `ref:${r}`, gender: null, plural: false, heads: new Set(), countries: new Set(), mentions: [], head: '', quotes: [], ...fields });
  if (!id) book.byPhrase.set(`${fields.kind}:${fields.key}`, r);
  if (fields.head) addHead(book, r, fields.head);
  return r;
}

/** The description or anonymous referent met before with this phrase, or -1. */
export function byPhrase(book: Book, kind: ReferentKind, key: string): number {
  const r = book.byPhrase.get(`${kind}:${key}`);
  return r === undefined ? -1 : live(book, r);
}

/** Gives referent r a head word (a role, a word of its name, an anonymous head), indexed for look-up. */
export function addHead(book: Book, r: number, head: string): void {
  const ref = book.referents[r];
  if (ref.heads.has(head)) return;
  ref.heads.add(head);
  const list = book.byHead.get(head);
  if (list) list.push(r);
  else book.byHead.set(head, [r]);
}

/** Adds a mention to a referent, keeping them in text order (and each span once). */
export function addMention(book: Book, r: number, span: Span): void {
  const list = book.referents[r].mentions;
  let k = list.length;
  while (k > 0 && list[k - 1].start > span.start) k--;
  if (k > 0 && list[k - 1].start === span.start && list[k - 1].end === span.end) return;
  list.splice(k, 0, span);
}

/** The last mention of a referent that ends before token `before`, or null (binary search: mentions are in order). */
export function mentionBefore(ref: Referent, before: number): Span | null {
  const list = ref.mentions;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].first < before) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) if (list[k].last < before) return list[k];
  return null;
}

/** The first mention of a referent that starts after token `after`, or null. */
export function mentionAfter(ref: Referent, after: number): Span | null {
  const list = ref.mentions;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].first <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length ? list[lo] : null;
}

/**
 * A person the entity stage found only by a part of the name (عبدالرحمن for عبدالرحمن رحيمي), when
 * exactly one other person of the document has that part as the first or last words of a longer name.
 */
function joinPartialNames(book: Book): void {
  // the longer names by their first and last words, and by their first and last two
  const holders = new Map<string, number[]>();
  const persons: { r: number; words: string[] }[] = [];
  book.referents.forEach((ref, r) => {
    if (ref.type !== 'PERSON') return;
    const words = ref.key.split(' ');
    persons.push({ r, words });
    if (words.length < 2) return;
    const parts = new Set([words[0], words[words.length - 1]]);
    if (words.length > 2) {
      parts.add(words.slice(0, 2).join(' '));
      parts.add(words.slice(-2).join(' '));
    }
    for (const p of parts) {
      const list = holders.get(p);
      if (list) list.push(r);
      else holders.set(p, [r]);
    }
  });
  for (const { r, words } of persons) {
    if (words.length > 2) continue;
    const list = (holders.get(words.join(' ')) ?? []).filter((h) => h !== r && book.referents[h].key.split(' ').length > words.length);
    if (list.length === 1) merge(book, r, list[0]);
  }
}

/** Joins referent `from` into `into` (both live): its mentions, roles and quotes go there; `from` is left empty. */
export function merge(book: Book, from: number, into: number): void {
  if (from === into) return;
  const a = book.referents[from];
  const b = book.referents[into];
  for (const m of a.mentions) addMention(book, into, m);
  for (const h of a.heads) addHead(book, into, h);
  for (const c of a.countries) b.countries.add(c);
  for (const q of a.quotes) b.quotes.push(q);
  b.first = Math.min(a.first, b.first);
  b.gender ??= a.gender;
  a.mentions = [];
  a.quotes = [];
  book.into[from] = into;
}

/** The referent a (possibly merged) referent index stands for now. */
export function live(book: Book, r: number): number {
  let k = r;
  while (book.into[k] >= 0) k = book.into[k];
  return k;
}

/** The live referents holding head word `head`, most recently given it first, at most `limit`. */
export function holdersOf(book: Book, head: string, limit: number): number[] {
  const list = book.byHead.get(head);
  if (!list) return [];
  const out: number[] = [];
  for (let k = list.length - 1; k >= 0 && out.length < limit; k--) {
    const r = live(book, list[k]);
    if (!out.includes(r)) out.push(r);
  }
  return out;
}
