// The referents of a document: who and what it speaks of. Each starts as the entity mentions of one
// entity id; descriptions (roles, anonymous sources, phrases) join them or make referents of their own as
// coref reads the quotes. A referent knows its fullest name, the role words it was introduced with, the
// countries of those roles, and how verbs agree with it. The book indexes them by head word and by phrase,
// so that every look-up costs the same however long the document.

import type { EntityType } from '../types.js';
import type { DocTokens, Mention } from '../entities/layers.js';
import type { Resources } from '../lexicon/resources.js';
import { Int32Scratch } from '../scratch.js';

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
  /** Its mentions, in text order: read them through spansOf (the entity mentions join them on first need). */
  mentions: Span[];
  /** Its entity mentions not yet in `mentions`: the first and last of a list threaded through Book.nextMention. */
  entityFirst: number;
  entityLast: number;
  /** Its first token in the document. */
  first: number;
  /** For descriptions and anonymous sources: the normalized phrase, to meet it again; for persons, their
   *  longest written name, made on first need (personKey). */
  key: string;
  /** For named referents: the entity mention written with the most words (-1 for the others). */
  longest: number;
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
  /** The next entity mention of the same referent (-1 at the end): no object per mention until one is read. */
  nextMention: Int32Array;
  /** Referents by head word, in order of being given it. */
  byHead: Map<string, number[]>;
  /** 1 at the tokens of what the document's quotes say (set once the quotes are known), else null. */
  quoted: Uint8Array | null;
  /** Description and anonymous referents by kind and normalized phrase. */
  byPhrase: Map<string, number>;
  /** Roles of the appositions are read on first need (roles.ts): most documents never refer back by a role. */
  rolesRead: boolean;
  /** Per anonymous head key, the tokens strictly between `from` and `to` already read and holding no
   *  description with that head (anonymous.ts): each back-reference reads only what is new. */
  undescribed: Map<string, { from: number; to: number }>;
  /** Persons by the first and last words of their names (names.ts), made on first need. */
  nameParts: Map<string, number[]> | null;
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

// the per-mention tables of a book, reused from one document to the next (see scratch.ts)
const OF_MENTION = new Int32Scratch();
const NEXT_MENTION = new Int32Scratch();

/** One referent per entity id, in order of first mention; partial person names joined to the full one. */
export function bookOf(doc: DocTokens, mentions: readonly Mention[], mentionAt: Int32Array, res: Resources): Book {
  const book: Book = { doc, res, mentions, referents: [], ofMention: OF_MENTION.take(mentions.length, -1), mentionAt, into: [], nextMention: NEXT_MENTION.take(mentions.length, -1), byHead: new Map(), quoted: null, byPhrase: new Map(), rolesRead: false, undescribed: new Map(), nameParts: null };
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
    if (ref.longest < 0 || m.last - m.first > mentions[ref.longest].last - mentions[ref.longest].first) ref.longest = k;
    if (ref.entityLast < 0) ref.entityFirst = k;
    else book.nextMention[ref.entityLast] = k;
    ref.entityLast = k;
    if (m.type === 'PERSON' && m.entry < 0 && m.last - m.first < 2) partial = true;
  });
  if (partial) joinPartialNames(book);
  for (const ref of book.referents) if (ref.longest >= 0) ref.name = asWritten(doc, mentions[ref.longest], ref.name);
  return book;
}

/** The name as the document writes it, when it differs from the canonical one only in spacing and marks
 *  (راشد بن عبدالله آل خليفة for the lexicon's راشد بن عبد الله آل خليفة): "the fullest name the document
 *  gives". Any other difference keeps the canonical name. */
function asWritten(doc: DocTokens, m: Mention, name: string): string {
  const written = doc.table.text.slice(m.start, m.end);
  return written !== name && squeezed(written) === squeezed(name) ? written : name;
}

/** Letters only: no white space, tatweel, diacritics or invisible marks. */
const squeezed = (s: string): string => s.replace(/[\u064B-\u065F\u0670\u0640\s\u200B-\u200F]/g, '');

/** A person's key: the normalized words of its longest written mention (made once, when first asked for). */
export function personKey(book: Book, r: number): string {
  const ref = book.referents[r];
  if (!ref.key && ref.longest >= 0) ref.key = writtenName(book.doc, book.mentions[ref.longest]);
  return ref.key;
}

/** The normalized words of a mention as written, without a proclitic on its first token (لحفتر → حفتر). */
function writtenName(doc: DocTokens, m: Mention): string {
  const { table } = doc;
  const clitic = m.start - table.starts[m.first];
  const words = [clitic > 0 ? table.norms[m.first].slice(clitic) : table.norms[m.first]];
  for (let t = m.first + 1; t <= m.last; t++) words.push(table.norms[t]);
  return words.join(' ');
}

// Shared by every referent until it is given a head or a country (most never are): no allocation per entity.
const NONE: Set<string> = new Set();

/** Adds a country to a referent's roles. */
export function addCountry(ref: Referent, country: string): void {
  if (ref.countries === NONE) ref.countries = new Set();
  ref.countries.add(country);
}

/** Adds a referent; without an id it is a description, an anonymous source or an unknown name (`ref:<n>`). */
export function addReferent(book: Book, fields: Pick<Referent, 'name' | 'type' | 'kind' | 'key' | 'first'> & Partial<Referent>, id?: string): number {
  const r = book.referents.length;
  book.into.push(-1);
  book.referents.push({
    id: id ?? `ref:${r}`,
    name: fields.name,
    type: fields.type,
    kind: fields.kind,
    gender: fields.gender ?? null,
    plural: fields.plural ?? false,
    heads: NONE,
    countries: NONE,
    mentions: [],
    entityFirst: -1,
    entityLast: -1,
    first: fields.first,
    key: fields.key,
    longest: -1,
    head: fields.head ?? '',
    quotes: [],
  });
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
  if (ref.heads === NONE) ref.heads = new Set();
  ref.heads.add(head);
  const list = book.byHead.get(head);
  if (list) list.push(r);
  else book.byHead.set(head, [r]);
}

/** A referent's mentions in text order, its entity mentions joined in on first need. */
export function spansOf(book: Book, r: number): Span[] {
  const ref = book.referents[r];
  if (ref.entityFirst < 0) return ref.mentions;
  const spans: Span[] = [];
  for (let k = ref.entityFirst; k >= 0; k = book.nextMention[k]) {
    const m = book.mentions[k];
    spans.push({ first: m.first, last: m.last, start: m.start, end: m.end });
  }
  ref.entityFirst = ref.entityLast = -1;
  const extra = ref.mentions;
  ref.mentions = spans;
  for (const s of extra) addMention(book, r, s);
  return ref.mentions;
}

/** Adds a mention to a referent, keeping them in text order (and each span once). */
export function addMention(book: Book, r: number, span: Span): void {
  const list = spansOf(book, r);
  let k = list.length;
  while (k > 0 && list[k - 1].start > span.start) k--;
  if (k > 0 && list[k - 1].start === span.start && list[k - 1].end === span.end) return;
  list.splice(k, 0, span);
}

/** The last mention of a referent that ends before token `before`, or null (binary search: mentions are in order). */
export function mentionBefore(book: Book, r: number, before: number): Span | null {
  const list = spansOf(book, r);
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
export function mentionAfter(book: Book, r: number, after: number): Span | null {
  const list = spansOf(book, r);
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
  // the short names no lexicon knows, of one word and of two
  const oneWord = new Map<string, number>();
  const twoWords = new Map<string, number>();
  book.referents.forEach((ref, r) => {
    if (ref.type !== 'PERSON' || ref.longest < 0) return;
    const m = book.mentions[ref.longest];
    if (m.entry < 0 && m.last - m.first < 2) (m.last === m.first ? oneWord : twoWords).set(personKey(book, r), r);
  });
  if (oneWord.size === 0 && twoWords.size === 0) return;
  // the longer names holding one of them as their first or last words
  const holderOf = new Map<number, number>(); // short referent → its holder, or -1 when two hold it
  const held = (s: number | undefined, r: number): void => {
    if (s === undefined || s === r) return;
    const known = holderOf.get(s);
    holderOf.set(s, known === undefined || known === r ? r : -1);
  };
  const { norms, starts } = book.doc.table;
  book.referents.forEach((ref, r) => {
    if (ref.type !== 'PERSON' || ref.longest < 0) return;
    const m = book.mentions[ref.longest];
    const n = m.last - m.first + 1;
    if (n < 2) return;
    const head = norms[m.first].slice(m.start - starts[m.first]);
    held(oneWord.get(head), r);
    held(oneWord.get(norms[m.last]), r);
    if (n > 2 && twoWords.size) {
      held(twoWords.get(head + ' ' + norms[m.first + 1]), r);
      held(twoWords.get(norms[m.last - 1] + ' ' + norms[m.last]), r);
    }
  });
  for (const [short, holder] of holderOf) if (holder >= 0) merge(book, short, holder);
}

/** Joins referent `from` into `into` (both live): its mentions, roles and quotes go there; `from` is left empty. */
export function merge(book: Book, from: number, into: number): void {
  if (from === into) return;
  const a = book.referents[from];
  const b = book.referents[into];
  for (const m of spansOf(book, from)) addMention(book, into, m);
  for (const h of a.heads) addHead(book, into, h);
  for (const c of a.countries) addCountry(b, c);
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
