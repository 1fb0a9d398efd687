// The shipped lexicons, compiled at build time into one JSON value (the data module
// dist/esm/data/built-lexicons.js), so that an analyzer starts by parsing arrays instead of validating and
// tokenizing ten thousand names. The JSONL files stay the source of truth: the bundle records their sizes,
// and Node ignores it when they changed (platform/node/data.ts).

import { KhabarError } from '../errors.js';
import { EdgeTable, ReadingTable, TrieBuilder, edgeKey, type ReadingForm } from './compile.js';
import type { GivenName, LexiconEntry, Role, Title } from './schema.js';
import type { SpeechLexicon, VerbForm } from './speech-verbs.js';
import type { Shipped } from './shipped.js';
import { SHIPPED_ENTITY_FILES } from './shipped-files.js';

export const BUNDLE_FORMAT = 4;
/** Reading forms by their code in the bundle. */
const FORMS: readonly ReadingForm[] = ['name', 'adjective', 'description'];
/** The files in lexicons/ the bundle is compiled from. */
export const BUNDLE_SOURCES = [...SHIPPED_ENTITY_FILES, 'given-names.jsonl', 'titles.jsonl', 'speech-verbs.jsonl', 'function-words.txt', 'common-words.txt'];
/** Joins a column of strings into one JSON string (the bundle's strings never hold it). */
const SEP = '\u0000';

/** An analysis as a row: lemma index, tense, person, gender, number, voice, journalist (0/1), conjunction (0/1). */
type AnalysisRow = [number, VerbForm['tense'], VerbForm['person'], VerbForm['gender'], VerbForm['number'], VerbForm['voice'], number, number];

/**
 * The compiled shipped lexicons, laid out for a fast start: columns of strings joined into one string
 * each (one JSON value to parse instead of thousands), numbers in flat lists, and the speech verbs'
 * analyses built only for the forms a document uses.
 */
export interface Bundle {
  format: number;
  sizes: Record<string, number>;
  /** The entries, a column each: ids, names, countries ('' none) joined by SEP; types and sources as
   *  indexes into their lists; genders one letter each (' ' none); the indexes of ambiguous entries; roles
   *  as [entry, role, country, from, to] rows. */
  entries: {
    count: number;
    ids: string;
    names: string;
    countries: string;
    types: LexiconEntry['type'][];
    type: number[];
    sources: string[];
    source: number[];
    genders: string;
    ambiguous: number[];
    roles: [number, string, string, number, number][];
  };
  /** Match keys joined by SEP; the key's position is its token id. */
  vocab: string;
  /** node, token id, child node, … */
  edges: number[];
  /** node, entry, form (0 name, 1 adjective, 2 description), … in reading order */
  readings: number[];
  nodes: number;
  personWords: string;
  givenNames: [string, GivenName][];
  titles: [string, string[], Title][];
  functionWords: string;
  commonWords: string;
  /** lemmas [lemma, as written, complements], distinct analyses, each form's analyses by index */
  lemmas: [string, string, string[]][];
  analyses: AnalysisRow[];
  /** the forms joined by SEP; form k's analyses are formAnalyses[formStarts[k] … formStarts[k + 1]) */
  forms: string;
  formStarts: number[];
  formAnalyses: number[];
}

const split = (column: string): string[] => (column === '' ? [] : column.split(SEP));

/**
 * The speech verbs' forms → analyses, as a Map whose lists are made the first time a form is read
 * (a document reads a few dozen of the six thousand). Only get and has are used on it.
 */
class SpeechForms extends Map<string, VerbForm[]> {
  private readonly index = new Map<string, number>();
  private readonly made: (VerbForm[] | undefined)[] = [];

  constructor(private readonly bundle: Bundle) {
    super();
    split(bundle.forms).forEach((form, k) => this.index.set(form, k));
  }

  override has(key: string): boolean {
    return this.index.has(key);
  }

  override get(key: string): VerbForm[] | undefined {
    const k = this.index.get(key);
    if (k === undefined) return undefined;
    return (this.made[k] ??= this.analysesOf(k));
  }

  override get size(): number {
    return this.index.size;
  }

  override keys(): MapIterator<string> {
    return this.index.keys();
  }

  private analysesOf(k: number): VerbForm[] {
    const { lemmas, analyses, formStarts, formAnalyses } = this.bundle;
    const out: VerbForm[] = [];
    for (let a = formStarts[k]; a < formStarts[k + 1]; a++) {
      const [lemma, tense, person, gender, number, voice, journalist, conjunction] = analyses[formAnalyses[a]];
      out.push({ lemma: lemmas[lemma][0], lemmaText: lemmas[lemma][1], complements: lemmas[lemma][2], tense, person, gender, number, voice, journalist: journalist === 1, conjunction: conjunction === 1 });
    }
    return out;
  }
}

/** The shipped resources from a bundle made by `toBundle` (in the same build). */
export function fromBundle(bundle: Bundle): Shipped {
  if (bundle.format !== BUNDLE_FORMAT) throw new KhabarError('E_LEXICON', `the compiled lexicons have format ${bundle.format}, not ${BUNDLE_FORMAT}: rebuild khabar`);
  const vocab = new Map<string, number>();
  split(bundle.vocab).forEach((key, id) => vocab.set(key, id));
  const edges = new EdgeTable(bundle.edges.length / 3);
  for (let i = 0; i < bundle.edges.length; i += 3) edges.set(edgeKey(bundle.edges[i], bundle.edges[i + 1]), bundle.edges[i + 2]);
  const readings = ReadingTable.packed(bundle.readings, bundle.nodes);
  const titles = new Map<string, { words: string[]; title: Title }[]>();
  for (const [first, words, title] of bundle.titles) {
    const list = titles.get(first) ?? [];
    list.push({ words, title });
    titles.set(first, list);
  }
  const forms = new SpeechForms(bundle);
  const speech: SpeechLexicon = { forms, allForms: new Set(forms.keys()) };
  return {
    entries: entriesOf(bundle.entries),
    trie: new TrieBuilder(vocab, edges, readings),
    personWords: new Set(split(bundle.personWords)),
    givenNames: new Map(bundle.givenNames),
    titles,
    functionWords: new Set(split(bundle.functionWords)),
    commonWords: new Set(split(bundle.commonWords)),
    speech,
  };
}

function entriesOf(columns: Bundle['entries']): LexiconEntry[] {
  const ids = split(columns.ids);
  const names = split(columns.names);
  const countries = columns.countries.split(SEP);
  const entries = new Array<LexiconEntry>(columns.count);
  for (let k = 0; k < columns.count; k++) {
    const entry: LexiconEntry = { id: ids[k], type: columns.types[columns.type[k]], name: names[k], source: columns.sources[columns.source[k]] };
    const gender = columns.genders[k];
    if (gender !== ' ') entry.gender = gender as 'm' | 'f';
    if (countries[k]) entry.country = countries[k];
    entries[k] = entry;
  }
  for (const k of columns.ambiguous) entries[k].ambiguous = true;
  for (const [k, role, country, from, to] of columns.roles) {
    const r: NonNullable<LexiconEntry['roles']>[number] = { role: role as Role };
    if (country) r.country = country;
    if (from) r.from = from;
    if (to) r.to = to;
    (entries[k].roles ??= []).push(r);
  }
  return entries;
}

/** One string of a column of strings (checked: none may hold the separator). */
function join(column: Iterable<string>): string {
  const list = [...column];
  for (const value of list) if (value.includes(SEP)) throw new KhabarError('E_LEXICON', `a lexicon string holds U+0000: ${JSON.stringify(value)}`);
  return list.join(SEP);
}

/** The bundle of compiled shipped resources, with the sizes of its source files (run by scripts/build.mjs). */
export function toBundle(shipped: Shipped, sizes: Record<string, number>): Bundle {
  const { trie } = shipped;
  const edges: number[] = [];
  for (const [key, child] of trie.edges.entries()) {
    const node = Math.floor(key / 2097152);
    edges.push(node, key - node * 2097152, child);
  }
  const readings: number[] = [];
  for (let node = 0; node < trie.readings.length; node++) {
    for (const r of trie.readings.at(node) ?? []) readings.push(node, r.entry, FORMS.indexOf(r.form));
  }
  // analysis reads no variants, nisba forms or English names: the trie holds what they matched
  const list = <T>(): { of: T[]; at: (v: T) => number } => {
    const of: T[] = [];
    return { of, at: (v) => (of.includes(v) ? of.indexOf(v) : of.push(v) - 1) };
  };
  const types = list<LexiconEntry['type']>();
  const sources = list<string>();
  const entries: Bundle['entries'] = {
    count: shipped.entries.length,
    ids: join(shipped.entries.map((e) => e.id)),
    names: join(shipped.entries.map((e) => e.name)),
    countries: join(shipped.entries.map((e) => e.country ?? '')),
    types: types.of,
    type: shipped.entries.map((e) => types.at(e.type)),
    sources: sources.of,
    source: shipped.entries.map((e) => sources.at(e.source)),
    genders: shipped.entries.map((e) => e.gender ?? ' ').join(''),
    ambiguous: shipped.entries.flatMap((e, k) => (e.ambiguous ? [k] : [])),
    roles: shipped.entries.flatMap((e, k) => (e.roles ?? []).map((r): [number, string, string, number, number] => [k, r.role, r.country ?? '', r.from ?? 0, r.to ?? 0])),
  };
  const lemmas: [string, string, string[]][] = [];
  const lemmaIndex = new Map<string, number>();
  const analyses: AnalysisRow[] = [];
  const index = new Map<string, number>();
  const formStarts: number[] = [0];
  const formAnalyses: number[] = [];
  for (const analysesOfForm of shipped.speech.forms.values()) {
    for (const a of analysesOfForm) {
      const lemmaKey = `${a.lemma}|${a.lemmaText}|${a.complements.join(',')}`;
      let l = lemmaIndex.get(lemmaKey);
      if (l === undefined) {
        l = lemmas.length;
        lemmas.push([a.lemma, a.lemmaText, [...a.complements]]);
        lemmaIndex.set(lemmaKey, l);
      }
      const row: AnalysisRow = [l, a.tense, a.person, a.gender, a.number, a.voice, a.journalist ? 1 : 0, a.conjunction ? 1 : 0];
      const id = row.join('|');
      let k = index.get(id);
      if (k === undefined) {
        k = analyses.length;
        analyses.push(row);
        index.set(id, k);
      }
      formAnalyses.push(k);
    }
    formStarts.push(formAnalyses.length);
  }
  return {
    format: BUNDLE_FORMAT,
    sizes,
    entries,
    vocab: join(trie.vocab.keys()),
    edges,
    readings,
    nodes: trie.readings.length,
    personWords: join(shipped.personWords),
    givenNames: [...shipped.givenNames],
    titles: [...shipped.titles].flatMap(([first, list]) => list.map(({ words, title }) => [first, words, title] as [string, string[], Title])),
    functionWords: join(shipped.functionWords),
    commonWords: join(shipped.commonWords),
    lemmas,
    analyses,
    forms: join(shipped.speech.forms.keys()),
    formStarts,
    formAnalyses,
  };
}
