// Everything the entity and quote stages look up. The shipped part is compiled once per process (or
// read from the bundle the build makes); an analyzer adds the caller's lexicons to a copy of it.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KhabarError } from '../errors.js';
import { normalize } from '../text/normalize.js';
import { TrieBuilder, type CompiledLexicon } from '../lexicon/compile.js';
import { readJsonlFile, parseJsonl, shippedLexiconDir } from '../lexicon/load.js';
import { checkEntry, checkGivenName, checkTitle, lexiconError, type GivenName, type LexiconEntry, type Title } from '../lexicon/schema.js';
import { loadSpeechLexicon, type SpeechLexicon } from '../quotes/cues.js';
import type { EntityType } from '../types.js';
import { loadModel, type TaggerModel } from './tagger/model.js';
import { DEFINITE_ORG_HEADS, ORG_HEADS, PLACE_HEAD_WORDS, ROLE_NOUNS } from './heads.js';
import { W } from './word-class.js';
import { ACCORDING } from '../quotes/words.js';
import { Lexemes } from './lexemes.js';
import { readBundle } from './bundle.js';

import { SHIPPED_ENTITY_FILES } from '../lexicon/shipped-files.js';
export { SHIPPED_ENTITY_FILES } from '../lexicon/shipped-files.js';

/** Words right before an ambiguous name that say what kind of name it is. */
const TRIGGERS: Record<string, EntityType[]> = {
  وكالة: ['ORGANIZATION'], صحيفة: ['ORGANIZATION'], جريدة: ['ORGANIZATION'], قناة: ['ORGANIZATION'], شبكة: ['ORGANIZATION'],
  موقع: ['ORGANIZATION'], نادي: ['ORGANIZATION'], فريق: ['ORGANIZATION'], حزب: ['ORGANIZATION'], حركة: ['ORGANIZATION'],
  جماعة: ['ORGANIZATION'], شركة: ['ORGANIZATION'], مجموعة: ['ORGANIZATION'], منظمة: ['ORGANIZATION'], هيئة: ['ORGANIZATION'],
  مؤسسة: ['ORGANIZATION'], جمعية: ['ORGANIZATION'], مجلة: ['ORGANIZATION'], إذاعة: ['ORGANIZATION'], تلفزيون: ['ORGANIZATION'],
  بنك: ['ORGANIZATION'], مصرف: ['ORGANIZATION'], مدرب: ['ORGANIZATION'], لاعب: ['ORGANIZATION'], لاعبو: ['ORGANIZATION'],
  لاعبي: ['ORGANIZATION'], مشجعو: ['ORGANIZATION'], مشجعي: ['ORGANIZATION'], جماهير: ['ORGANIZATION'], مهاجم: ['ORGANIZATION'],
  مدافع: ['ORGANIZATION'], حارس: ['ORGANIZATION'],
  // match reports: فاز الهلال على …, تعادل الأهلي مع مضيفه الاتفاق
  فاز: ['ORGANIZATION'], وفاز: ['ORGANIZATION'], تعادل: ['ORGANIZATION'], وتعادل: ['ORGANIZATION'], تغلب: ['ORGANIZATION'], وتغلب: ['ORGANIZATION'],
  خسر: ['ORGANIZATION'], وخسر: ['ORGANIZATION'], مضيفه: ['ORGANIZATION'], ضيفه: ['ORGANIZATION'], منافسه: ['ORGANIZATION'], إدارة: ['ORGANIZATION'], رئيس: ['ORGANIZATION'], أمام: ['ORGANIZATION'], تنظيم: ['ORGANIZATION'], ميليشيا: ['ORGANIZATION'], مليشيا: ['ORGANIZATION'],
  مدينة: ['CITY'], بلدة: ['CITY'], قرية: ['CITY'], محافظة: ['CITY', 'LOCATION'], ولاية: ['CITY', 'LOCATION'],
  العاصمة: ['CITY'], عاصمة: ['CITY'], مدن: ['CITY'], بلدات: ['CITY'], ميناء: ['CITY', 'LOCATION'], مطار: ['CITY', 'LOCATION'],
  منطقة: ['LOCATION', 'CITY'], إقليم: ['LOCATION'], هضبة: ['LOCATION'], جبل: ['LOCATION'], جبال: ['LOCATION'], بحر: ['LOCATION'],
  نهر: ['LOCATION'], جزيرة: ['LOCATION'], جزر: ['LOCATION'], صحراء: ['LOCATION'], وادي: ['LOCATION'], مضيق: ['LOCATION'],
  خليج: ['LOCATION'], سهل: ['LOCATION'], دولة: ['COUNTRY'], جمهورية: ['COUNTRY'], مملكة: ['COUNTRY'], بلاد: ['COUNTRY'],
  المنظومة: ['WEAPON'], منظومة: ['WEAPON'], صواريخ: ['WEAPON'], صاروخ: ['WEAPON'], طائرة: ['WEAPON'], طائرات: ['WEAPON'],
  طراز: ['WEAPON'], منظومات: ['WEAPON'], مروحية: ['WEAPON'], مروحيات: ['WEAPON'], قاذفات: ['WEAPON'], مقاتلات: ['WEAPON'], مقاتلة: ['WEAPON'], دبابات: ['WEAPON'], دبابة: ['WEAPON'], مسيرة: ['WEAPON'], مسيرات: ['WEAPON'],
};

export { W } from './word-class.js';

export interface Resources {
  lexicon: CompiledLexicon;
  /** Normalized word → W bits; every set below, in one table. */
  wordClass: Map<string, number>;
  /** The words met so far, with their lexicon ids, classes and proclitic readings (lexemes.ts). */
  lexemes: Lexemes;
  /** Normalized given name → its gender and whether it is also an everyday word. */
  givenNames: Map<string, GivenName>;
  /** Normalized title phrases, longest first per first word: first word → titles starting with it. */
  titles: Map<string, { words: string[]; title: Title }[]>;
  functionWords: Set<string>;
  commonWords: Set<string>;
  triggers: Map<string, EntityType[]>;
  speech: SpeechLexicon;
  speechVerbForms: Set<string>;
  /** Words of the people in the lexicons after their first word (surnames): الأسد, أوغلو, لافروف. */
  personWords: Set<string>;
  /** The statistical tagger over the matcher, or null when turned off. */
  tagger: TaggerModel | null;
}

/** What `createAnalyzer({ lexicons })` accepts: paths of JSONL files, or entries. */
export type LexiconSource = string | LexiconEntry | readonly LexiconEntry[];

function readWordList(path: string): Set<string> {
  const words = new Set<string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const w = line.trim();
    if (w && !w.startsWith('#')) words.add(normalize(w));
  }
  return words;
}

export interface ResourceOptions {
  lexicons?: readonly LexiconSource[];
  defaultLexicons?: boolean;
  /** true: the shipped statistical tagger; a path: that model file instead; off by default. */
  tagger?: boolean | string;
}

/** What khabar ships: the entity lexicons compiled into a trie, and the word lists. */
export interface Shipped {
  /** Entries in trie order; from the bundle they keep only the fields analysis reads. */
  entries: LexiconEntry[];
  trie: TrieBuilder;
  personWords: Set<string>;
  givenNames: Map<string, GivenName>;
  titles: Map<string, { words: string[]; title: Title }[]>;
  functionWords: Set<string>;
  commonWords: Set<string>;
  speech: SpeechLexicon;
}

/** Builds the shipped resources from the files in lexicons/ (validating every line). */
export function compileShipped(dir: string): Shipped {
  const entries: LexiconEntry[] = [];
  const ids = new Map<string, string>();
  for (const file of SHIPPED_ENTITY_FILES) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const label = `lexicons/${file}`;
    readJsonlFile(path, (value, origin) => {
      const entry = checkEntry(value, { ...origin, file: label });
      const previous = ids.get(entry.id);
      if (previous !== undefined) throw lexiconError({ ...origin, file: label }, 'id', `duplicates id "${entry.id}" (first defined at ${previous})`);
      ids.set(entry.id, `${label}:${origin.line}`);
      entries.push(entry);
      return entry;
    });
  }
  const trie = new TrieBuilder();
  entries.forEach((entry, index) => trie.add(entry, index));
  const functionWords = readWordList(join(dir, 'function-words.txt'));
  const commonWords = readWordList(join(dir, 'common-words.txt'));
  const givenNames = new Map<string, GivenName>();
  for (const g of readJsonlFile(join(dir, 'given-names.jsonl'), checkGivenName)) {
    const key = normalize(g.name);
    // Normalized, a name can meet an everyday word (علية/عليه, علي/على, باسم): then it needs a
    // title or a family name to count, like أمل or سلام.
    const everyday = g.common_word === true || functionWords.has(key) || commonWords.has(key);
    const known = givenNames.get(key);
    if (!known || everyday) givenNames.set(key, everyday ? { ...g, common_word: true } : g);
  }
  const titles = new Map<string, { words: string[]; title: Title }[]>();
  for (const t of readJsonlFile(join(dir, 'titles.jsonl'), checkTitle)) {
    const words = normalize(t.title).split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const list = titles.get(words[0]) ?? [];
    list.push({ words, title: t });
    titles.set(words[0], list);
  }
  for (const list of titles.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { entries, trie, personWords: personWordsOf(entries), givenNames, titles, functionWords, commonWords, speech: loadSpeechLexicon(dir) };
}

/** Words of the people's names after their first word (surnames): الأسد, أوغلو, لافروف. */
function personWordsOf(entries: readonly LexiconEntry[], into = new Set<string>()): Set<string> {
  for (const e of entries) {
    if (e.type !== 'PERSON') continue;
    for (const name of [e.name, ...(e.variants ?? [])]) for (const w of normalize(name).split(' ').slice(1)) into.add(w);
  }
  return into;
}

let shippedCache: Shipped | undefined;

/** The shipped resources, once per process: from the bundle `npm run build` makes, else compiled. */
function shipped(dir: string): Shipped {
  shippedCache ??= readBundle(dir) ?? compileShipped(dir);
  return shippedCache;
}

/** The caller's lexicons, validated, in the order given; ids may not repeat each other or shipped ones. */
function userEntries(sources: readonly LexiconSource[], shippedIds: ReadonlySet<string>): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  const ids = new Map<string, string>();
  const take = (entry: LexiconEntry, origin: { file: string; line: number }): void => {
    const previous = ids.get(entry.id);
    if (previous !== undefined) throw lexiconError(origin, 'id', `duplicates id "${entry.id}" (first defined at ${previous})`);
    if (shippedIds.has(entry.id)) throw lexiconError(origin, 'id', `duplicates id "${entry.id}" of a shipped lexicon (lexicons/)`);
    ids.set(entry.id, `${origin.file}:${origin.line}`);
    entries.push(entry);
  };
  let inline = 0;
  for (const source of sources) {
    if (typeof source === 'string') {
      readJsonlFile(source, (value, origin) => {
        const entry = checkEntry(value, origin);
        take(entry, origin);
        return entry;
      });
    } else {
      const list = Array.isArray(source) ? source : [source as LexiconEntry];
      const file = `lexicons[${inline++}]`;
      list.forEach((value, i) => take(checkEntry(value, { file, line: i + 1 }), { file, line: i + 1 }));
    }
  }
  return entries;
}

export function loadResources(options: ResourceOptions = {}): Resources {
  assertLexiconSources(options.lexicons);
  const dir = shippedLexiconDir();
  const base = shipped(dir);
  const withShipped = options.defaultLexicons !== false;
  const mine = userEntries(options.lexicons ?? [], withShipped ? new Set(base.entries.map((e) => e.id)) : new Set());
  // The shipped trie is shared by every analyzer that adds nothing to it; one that does grows a copy.
  let entries = withShipped ? base.entries : [];
  let trie = withShipped ? base.trie : new TrieBuilder();
  let personWords = withShipped ? base.personWords : new Set<string>();
  if (mine.length) {
    entries = [...entries, ...mine];
    trie = trie.clone();
    mine.forEach((entry, i) => trie.add(entry, entries.length - mine.length + i, true));
    personWords = personWordsOf(mine, new Set(personWords));
  }
  const triggers = new Map<string, EntityType[]>();
  for (const [word, types] of Object.entries(TRIGGERS)) triggers.set(normalize(word), types);
  const wordClass = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number): void => {
    for (const w of words) wordClass.set(w, (wordClass.get(w) ?? 0) | bit);
  };
  mark(base.functionWords, W.FUNCTION);
  mark(base.commonWords, W.COMMON);
  mark(base.speech.allForms, W.SPEECH);
  mark(base.titles.keys(), W.TITLE);
  mark(ROLE_NOUNS, W.ROLE);
  mark(ORG_HEADS, W.ORG_HEAD);
  mark(DEFINITE_ORG_HEADS, W.INSTITUTION);
  mark(PLACE_HEAD_WORDS, W.PLACE_HEAD);
  for (const [key, g] of base.givenNames) {
    wordClass.set(key, (wordClass.get(key) ?? 0) | (g.common_word ? W.GIVEN_COMMON : W.GIVEN));
    // عبد الرحمن, أبو بكر: the first word of a compound name starts a name only with the second
    const space = key.indexOf(' ');
    if (space > 0) wordClass.set(key.slice(0, space), (wordClass.get(key.slice(0, space)) ?? 0) | W.GIVEN_COMMON);
  }
  mark(triggers.keys(), W.TRIGGER);
  mark(personWords, W.PERSON_WORD);
  mark(ACCORDING, W.ACCORDING);
  const lexicon = trie.compiled(entries);
  return {
    lexicon,
    wordClass,
    lexemes: new Lexemes(lexicon, wordClass),
    givenNames: base.givenNames,
    titles: base.titles,
    functionWords: base.functionWords,
    commonWords: base.commonWords,
    triggers,
    speech: base.speech,
    speechVerbForms: base.speech.allForms,
    personWords,
    tagger: loadTagger(options.tagger, dir),
  };
}

function loadTagger(option: boolean | string | undefined, lexiconDir: string): TaggerModel | null {
  if (option === undefined || option === false) return null;
  if (typeof option === 'string') return loadModel(option);
  return loadModel(join(lexiconDir, '..', 'models', 'ner-tagger.bin'));
}

/** Parses JSONL lexicon text (for tools that validate a file before shipping it). */
export function parseLexicon(text: string, file = 'lexicon'): LexiconEntry[] {
  return parseJsonl(text, file, checkEntry);
}

export function assertLexiconSources(value: unknown): asserts value is readonly LexiconSource[] | undefined {
  if (value === undefined) return;
  if (!Array.isArray(value)) throw new KhabarError('E_OPTION', 'createAnalyzer: lexicons must be an array of file paths or entries');
}
