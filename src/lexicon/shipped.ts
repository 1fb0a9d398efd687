// What khabar ships in lexicons/: the entity lexicons compiled into a trie, and the word lists, validated
// line by line. `npm run build` writes them once into a bundle (bundle.ts) that analyzers start from.
// This file parses text; where the text comes from (files, in Node) is the caller's business.

import { KhabarError } from '../errors.js';
import { normalize } from '../text/normalize.js';
import { TrieBuilder } from './compile.js';
import { parseJsonl } from './load.js';
import { checkEntry, checkGivenName, checkTitle, lexiconError, type GivenName, type LexiconEntry, type Title } from './schema.js';
import { loadSpeechLexicon, type SpeechLexicon } from './speech-verbs.js';
import { SHIPPED_ENTITY_FILES } from './shipped-files.js';

/** The text of lexicons/<file>, or undefined when there is no such file. */
export type ReadShippedFile = (file: string) => string | undefined;

function wordList(text: string): Set<string> {
  const words = new Set<string>();
  for (const line of text.split('\n')) {
    const w = line.trim();
    if (w && !w.startsWith('#')) words.add(normalize(w));
  }
  return words;
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
export function compileShipped(read: ReadShippedFile): Shipped {
  const required = (file: string): string => {
    const text = read(file);
    if (text === undefined) throw new KhabarError('E_LEXICON', `lexicons/${file} is missing`);
    return text;
  };
  const entries: LexiconEntry[] = [];
  const ids = new Map<string, string>();
  for (const file of SHIPPED_ENTITY_FILES) {
    const text = read(file);
    if (text === undefined) continue;
    const label = `lexicons/${file}`;
    parseJsonl(text, label, (value, origin) => {
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
  const functionWords = wordList(required('function-words.txt'));
  const commonWords = wordList(required('common-words.txt'));
  const givenNames = new Map<string, GivenName>();
  for (const g of parseJsonl(required('given-names.jsonl'), 'lexicons/given-names.jsonl', checkGivenName)) {
    const key = normalize(g.name);
    // Normalized, a name can meet an everyday word (علية/عليه, علي/على, باسم): then it needs a
    // title or a family name to count, like أمل or سلام.
    const everyday = g.common_word === true || functionWords.has(key) || commonWords.has(key);
    const known = givenNames.get(key);
    if (!known || everyday) givenNames.set(key, everyday ? { ...g, common_word: true } : g);
  }
  const titles = new Map<string, { words: string[]; title: Title }[]>();
  for (const t of parseJsonl(required('titles.jsonl'), 'lexicons/titles.jsonl', checkTitle)) {
    const words = normalize(t.title).split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const list = titles.get(words[0]) ?? [];
    list.push({ words, title: t });
    titles.set(words[0], list);
  }
  for (const list of titles.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { entries, trie, personWords: personWordsOf(entries), givenNames, titles, functionWords, commonWords, speech: loadSpeechLexicon(read('speech-verbs.jsonl')) };
}

/** Words of the people's names after their first word (surnames): الأسد, أوغلو, لافروف. */
export function personWordsOf(entries: readonly LexiconEntry[], into = new Set<string>()): Set<string> {
  for (const e of entries) {
    if (e.type !== 'PERSON') continue;
    for (const name of [e.name, ...(e.variants ?? [])]) for (const w of normalize(name).split(' ').slice(1)) into.add(w);
  }
  return into;
}

