// Everything the entity and quote stages look up. The shipped part is compiled once per process (or
// read from the bundle the build makes); an analyzer adds the caller's lexicons to a copy of it.

import { KhabarError } from '../errors.js';
import { normalize } from '../text/normalize.js';
import type { EntityType } from '../types.js';
import { TrieBuilder, type CompiledLexicon } from './compile.js';
import { parseJsonl } from './load.js';
import { checkEntry, lexiconError, type GivenName, type LexiconEntry, type Title } from './schema.js';
import type { SpeechLexicon } from './speech-verbs.js';
import { DEFINITE_ORG_HEADS, KUNYA_WORDS, ORG_HEADS, PLACE_HEAD_WORDS, ROLE_NOUNS, TRIGGERS } from './heads.js';
import { W } from './word-class.js';
import { ACCORDING } from './word-lists.js';
import { Lexemes } from './lexemes.js';
import { personWordsOf, type Shipped } from './shipped.js';
import { readLexiconFile, shippedLexicons } from '../data/shipped.js';

export { SHIPPED_ENTITY_FILES } from './shipped-files.js';

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
}

/** What `createAnalyzer({ lexicons })` accepts: paths of JSONL files (in Node), or entries. */
export type LexiconSource = string | LexiconEntry | readonly LexiconEntry[];

export interface ResourceOptions {
  lexicons?: readonly LexiconSource[];
  defaultLexicons?: boolean;
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
      parseJsonl(readLexiconFile(source), source, (value, origin) => {
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

/** The word classes of the shipped resources, once per process: an analyzer without lexicons of its
 *  own shares them (the table is never changed), one with its own copies them and adds its person words. */
let shippedWordClass: { base: Shipped; wordClass: Map<string, number> } | undefined;

function wordClassOf(base: Shipped, personWords: Iterable<string>): Map<string, number> {
  const triggers = triggerTable();
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
  mark(KUNYA_WORDS, W.KUNYA);
  return wordClass;
}

let triggers: Map<string, EntityType[]> | undefined;

/** Trigger words (normalized) → the entity types they announce; the same table for every analyzer. */
function triggerTable(): Map<string, EntityType[]> {
  if (triggers) return triggers;
  triggers = new Map<string, EntityType[]>();
  for (const [word, types] of Object.entries(TRIGGERS)) triggers.set(normalize(word), types);
  return triggers;
}

export function loadResources(options: ResourceOptions = {}): Resources {
  assertLexiconSources(options.lexicons);
  const base = shippedLexicons();
  const withShipped = options.defaultLexicons !== false;
  const sources = options.lexicons ?? [];
  const mine = sources.length ? userEntries(sources, withShipped ? new Set(base.entries.map((e) => e.id)) : new Set()) : [];
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
  let wordClass: Map<string, number>;
  if (withShipped && !mine.length) {
    if (shippedWordClass?.base !== base) shippedWordClass = { base, wordClass: wordClassOf(base, personWords) };
    wordClass = shippedWordClass.wordClass;
  } else wordClass = wordClassOf(base, personWords);
  const lexicon = trie.compiled(entries);
  return {
    lexicon,
    wordClass,
    lexemes: new Lexemes(lexicon, wordClass),
    givenNames: base.givenNames,
    titles: base.titles,
    functionWords: base.functionWords,
    commonWords: base.commonWords,
    triggers: triggerTable(),
    speech: base.speech,
    speechVerbForms: base.speech.allForms,
    personWords,
  };
}

/** Parses JSONL lexicon text (for tools that validate a file before shipping it). */
export function parseLexicon(text: string, file = 'lexicon'): LexiconEntry[] {
  return parseJsonl(text, file, checkEntry);
}

export function assertLexiconSources(value: unknown): asserts value is readonly LexiconSource[] | undefined {
  if (value === undefined) return;
  if (!Array.isArray(value)) throw new KhabarError('E_OPTION', 'createAnalyzer: lexicons must be an array of file paths or entries');
}
