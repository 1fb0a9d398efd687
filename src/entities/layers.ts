// The layers the entity stage works on: the document's tokens with their lexemes (looked up once), and
// the mentions every proposer (gazetteer, rules, model) adds, as token ranges with their spans.

import type { TokenTable } from '../tokens/scan.js';
import { K_NUMBER, K_PUNCT, K_WORD } from '../tokens/scan.js';
import { MONTHS, TIME_PLACERS } from '../lexicon/word-lists.js';
import type { EntityType } from '../types.js';
import type { Lexeme } from '../lexicon/lexemes.js';
import type { Resources } from '../lexicon/resources.js';
import type { ReadingForm } from '../lexicon/compile.js';

/** An entity found in the document, before it becomes public JSON. */
export interface Mention {
  /** UTF-16 span in the text. */
  start: number;
  end: number;
  /** First and last token (inclusive). */
  first: number;
  last: number;
  type: EntityType;
  id: string;
  name: string;
  form: ReadingForm;
  source: 'lexicon' | 'rule' | 'alias';
  /** Lexicon entry index, or -1. */
  entry: number;
  gender: 'm' | 'f' | null;
  /** Which rule proposed it (rule-made mentions only, else null). */
  rule: RuleKind | null;
}

/**
 * A copy of `m` with its fields in one fixed order. Every mention is made through here, so all mentions
 * have one shape (one hidden class): the stages that read them stay compiled by V8, where a mention of
 * another shape would deoptimize them, and each recompilation of a large function costs a core tens
 * of milliseconds (issue 13: compilation, not the analysis, kept a second core busy).
 */
export function newMention(m: Mention): Mention {
  return {
    start: m.start,
    end: m.end,
    first: m.first,
    last: m.last,
    type: m.type,
    id: m.id,
    name: m.name,
    form: m.form,
    source: m.source,
    entry: m.entry,
    gender: m.gender,
    rule: m.rule,
  };
}

/** The rules of rules.ts: a title or role before a name, a known given name, a name right after a speech
 *  verb, a kunya (أبو سياف), an organization's strong head (وزارة) or weak one (a body: مجلس, لجنة), an
 *  institution, a country's army, a place word. */
export type RuleKind = 'title' | 'given' | 'kunya' | 'speech' | 'organization' | 'body' | 'institution' | 'army' | 'place';

/** Per-document token facts the entity and quote stages share, computed in one pass. */
export interface DocTokens {
  table: TokenTable;
  /** Each token's lexeme (lexemes.ts). */
  lexemes: Lexeme[];
  /** Token id of each token's match key in the lexicon vocabulary, or -1. */
  ids: Int32Array;
  /** Each word token's type number in the analyzer's vocabulary (Lexemes.lookup), -1 for other tokens. */
  types: Int32Array;
  /** 1 where a line break lies between token i-1 and token i (names never cross it). */
  breakBefore: Uint8Array;
  /** W bits of each word token (see word-class.ts), of the word without a leading و/ف, and without a
   *  leading ل/ب (the lexeme's cls, conjCls and prepCls, side by side here so that a stage scanning the
   *  tokens reads a typed array, not each lexeme object). */
  wordClass: Uint16Array;
  conjClass: Uint16Array;
  prepClass: Uint16Array;
}

export function docTokens(table: TokenTable, res: Pick<Resources, 'lexemes'>): DocTokens {
  const { count, norms, kinds, hashes } = table;
  const lexemes = new Array<Lexeme>(count);
  // the five number arrays share one buffer: one allocation outside the heap per document, not five
  const buffer = new ArrayBuffer(14 * count);
  const ids = new Int32Array(buffer, 0, count);
  const types = new Int32Array(buffer, 4 * count, count).fill(-1);
  const wordClass = new Uint16Array(buffer, 8 * count, count);
  const conjClass = new Uint16Array(buffer, 10 * count, count);
  const prepClass = new Uint16Array(buffer, 12 * count, count);
  const vocabulary = res.lexemes;
  for (let i = 0; i < count; i++) {
    const kind = kinds[i];
    // one lookup per token: everything the stages need to know about the word
    let lexeme: Lexeme;
    if (kind === K_WORD) {
      const k = vocabulary.lookup(norms[i], hashes[i]);
      types[i] = k;
      lexeme = k >= 0 ? vocabulary.at(k) : vocabulary.compute(norms[i]);
    } else lexeme = vocabulary.other(norms[i], kind);
    lexemes[i] = lexeme;
    ids[i] = lexeme.id;
    wordClass[i] = lexeme.cls;
    conjClass[i] = lexeme.conjCls;
    prepClass[i] = lexeme.prepCls;
  }
  return { table, lexemes, ids, types, breakBefore: table.breakBefore, wordClass, conjClass, prepClass };
}

/** Countries, cities and places are feminine in Arabic; organizations follow their head noun. */
export function defaultGender(type: EntityType, name: string): 'm' | 'f' | null {
  if (type === 'COUNTRY' || type === 'CITY') return 'f';
  if (type === 'ORGANIZATION') {
    const space = name.indexOf(' '); // (the first word, without splitting the whole name)
    const head = space < 0 ? name : name.slice(0, space);
    return head.endsWith('ة') || head.endsWith('ات') ? 'f' : 'm';
  }
  return null;
}

/** The index of the mention covering each token, or -1. */
export function mentionIndex(count: number, mentions: readonly Mention[]): Int32Array {
  const at = new Int32Array(count).fill(-1);
  mentions.forEach((m, k) => {
    for (let t = m.first; t <= m.last; t++) at[t] = k;
  });
  return at;
}

/**
 * مؤمنٍ صادقٍ: does text[start, end) hold a word written with tanween? Such a word is indefinite, so no
 * proper name (news writes names without case endings).
 */
export function hasTanween(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x064b && c <= 0x064d) return true;
  }
  return false;
}

/**
 * محققو الشرطة، معارضو الاتفاق، مسؤولو الوزارة: is token t a participle's plural in construct (its نون
 * dropped before a definite genitive)? That is a group of people, not one person's name.
 */
export function isConstructPlural(doc: DocTokens, t: number): boolean {
  const { norms } = doc.table;
  return t + 1 < doc.table.count && !doc.breakBefore[t + 1] && /^م.{3,}و$/.test(norms[t]) && norms[t + 1].startsWith('ال');
}

/** The second word of a two-word Syriac month (كانون الثاني, تشرين الأول). */
const MONTH_ORDINALS = new Set(['الاول', 'الثاني']);
/** The words that, without a proclitic, can precede a month: شهر نيسان. */
const MONTH_WORDS = new Set(['شهر', 'شهري', 'لشهر', 'بشهر', 'وشهر']);

/** The month a token names, with a proclitic (بنيسان, وأيار) or without, else null. */
function monthOf(norm: string): string | null {
  if (MONTHS.has(norm)) return norm;
  const c = norm.charCodeAt(0);
  // و, ف, ب, ل (and وب, ول): أب (father) with a proclitic stays a word, so only longer months here
  const rest = c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0644 ? norm.slice(norm.charCodeAt(1) === 0x0628 || norm.charCodeAt(1) === 0x0644 ? 2 : 1) : '';
  return rest.length > 2 && MONTHS.has(rest) ? rest : null;
}

/**
 * Is tokens [first, last] a month in a date (في نيسان (أبريل) 2012، منذ أيار الماضي، 5 تموز، شهر رمضان)?
 * Then it is no name, whatever a model reads in نيسان (Nissan) or تموز (a god, a person).
 */
export function isMonthInDate(doc: DocTokens, first: number, last: number): boolean {
  const { norms, kinds, count } = doc.table;
  if (monthOf(norms[first]) === null) return false;
  // كانون الثاني, تشرين الأول: the ordinal belongs to the month
  if (last === first + 1 && !MONTH_ORDINALS.has(norms[last])) return false;
  if (last > first + 1) return false;
  const prev = first > 0 && !doc.breakBefore[first] ? first - 1 : -1;
  const next = last + 1 < count && !doc.breakBefore[last + 1] ? last + 1 : -1;
  if (prev >= 0 && (kinds[prev] === K_NUMBER || MONTH_WORDS.has(norms[prev]))) return true;
  if (next < 0) return false;
  if (kinds[next] === K_NUMBER || TIME_PLACERS.has(norms[next])) return true;
  // نيسان (أبريل), نيسان - إبريل, نيسان/أبريل: the same month by its other name
  const after = next + 1 < count && !doc.breakBefore[next + 1] ? next + 1 : -1;
  return kinds[next] === K_PUNCT && after >= 0 && monthOf(norms[after]) !== null;
}
