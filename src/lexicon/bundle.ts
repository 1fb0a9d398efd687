// The shipped lexicons, compiled at build time into one JSON value (the data module
// dist/esm/data/built-lexicons.js), so that an analyzer starts by parsing arrays instead of validating and
// tokenizing ten thousand names. The JSONL files stay the source of truth: the bundle records their sizes,
// and Node ignores it when they changed (platform/node/data.ts).

import { KhabarError } from '../errors.js';
import { EdgeTable, ReadingTable, TrieBuilder, type ReadingForm } from './compile.js';
import type { GivenName, LexiconEntry, Role, Title } from './schema.js';
import type { SpeechLexicon, VerbForm } from './speech-verbs.js';
import type { Shipped } from './shipped.js';
import { SHIPPED_ENTITY_FILES } from './shipped-files.js';

export const BUNDLE_FORMAT = 3;
/** Reading forms by their code in the bundle. */
const FORMS: readonly ReadingForm[] = ['name', 'adjective', 'description'];
/** The files in lexicons/ the bundle is compiled from. */
export const BUNDLE_SOURCES = [...SHIPPED_ENTITY_FILES, 'given-names.jsonl', 'titles.jsonl', 'speech-verbs.jsonl', 'function-words.txt', 'common-words.txt'];

/** An entry as a row: id, type, name, source, gender, country, ambiguous (0/1), roles [role, country, from, to]. */
type EntryRow = [string, LexiconEntry['type'], string, string, string, string, number, (string | number)[][]];
/** An analysis as a row: lemma index, tense, person, gender, number, voice, journalist (0/1), conjunction (0/1). */
type AnalysisRow = [number, VerbForm['tense'], VerbForm['person'], VerbForm['gender'], VerbForm['number'], VerbForm['voice'], number, number];

export interface Bundle {
  format: number;
  sizes: Record<string, number>;
  entries: EntryRow[];
  vocab: string[];
  /** edge key, child node, … */
  edges: number[];
  /** node, entry, form (0 name, 1 adjective, 2 description), … in reading order */
  readings: number[];
  nodes: number;
  personWords: string[];
  givenNames: [string, GivenName][];
  titles: [string, string[], Title][];
  functionWords: string[];
  commonWords: string[];
  /** lemmas [lemma, as written, complements], distinct analyses, each form's analyses by index */
  lemmas: [string, string, string[]][];
  analyses: AnalysisRow[];
  forms: [string, number[]][];
}

/** The shipped resources from a bundle made by `toBundle` (in the same build). */
export function fromBundle(bundle: Bundle): Shipped {
  if (bundle.format !== BUNDLE_FORMAT) throw new KhabarError('E_LEXICON', `the compiled lexicons have format ${bundle.format}, not ${BUNDLE_FORMAT}: rebuild khabar`);
  const vocab = new Map<string, number>();
  bundle.vocab.forEach((key, id) => vocab.set(key, id));
  const edges = EdgeTable.fromPairs(bundle.edges);
  const readings = ReadingTable.packed(bundle.readings, bundle.nodes);
  const titles = new Map<string, { words: string[]; title: Title }[]>();
  for (const [first, words, title] of bundle.titles) {
    const list = titles.get(first) ?? [];
    list.push({ words, title });
    titles.set(first, list);
  }
  const analyses: VerbForm[] = bundle.analyses.map(([lemma, tense, person, gender, number, voice, journalist, conjunction]) => ({
    lemma: bundle.lemmas[lemma][0],
    lemmaText: bundle.lemmas[lemma][1],
    complements: bundle.lemmas[lemma][2],
    tense,
    person,
    gender,
    number,
    voice,
    journalist: journalist === 1,
    conjunction: conjunction === 1,
  }));
  const forms = new Map<string, VerbForm[]>();
  for (const [key, indices] of bundle.forms) forms.set(key, indices.map((k) => analyses[k]));
  const entries = bundle.entries.map(([id, type, name, source, gender, country, ambiguous, roles]) => {
    const entry: LexiconEntry = { id, type, name, source };
    if (gender) entry.gender = gender as 'm' | 'f';
    if (country) entry.country = country;
    if (ambiguous) entry.ambiguous = true;
    if (roles.length) {
      entry.roles = roles.map(([role, c, from, to]) => {
        const r: NonNullable<LexiconEntry['roles']>[number] = { role: role as Role };
        if (c) r.country = c as string;
        if (from) r.from = from as number;
        if (to) r.to = to as number;
        return r;
      });
    }
    return entry;
  });
  const speech: SpeechLexicon = { forms, allForms: new Set(forms.keys()) };
  return {
    entries,
    trie: new TrieBuilder(vocab, edges, readings),
    personWords: new Set(bundle.personWords),
    givenNames: new Map(bundle.givenNames),
    titles,
    functionWords: new Set(bundle.functionWords),
    commonWords: new Set(bundle.commonWords),
    speech,
  };
}

/** The bundle of compiled shipped resources, with the sizes of its source files (run by scripts/build.mjs). */
export function toBundle(shipped: Shipped, sizes: Record<string, number>): Bundle {
  const { trie } = shipped;
  const edges: number[] = [];
  for (const [key, child] of trie.edges.entries()) edges.push(key, child);
  const readings: number[] = [];
  for (let node = 0; node < trie.readings.length; node++) {
    for (const r of trie.readings.at(node) ?? []) readings.push(node, r.entry, FORMS.indexOf(r.form));
  }
  // analysis reads no variants, nisba forms or English names: the trie holds what they matched
  const entries: EntryRow[] = shipped.entries.map((e) => [
    e.id,
    e.type,
    e.name,
    e.source,
    e.gender ?? '',
    e.country ?? '',
    e.ambiguous ? 1 : 0,
    (e.roles ?? []).map((r) => [r.role, r.country ?? '', r.from ?? 0, r.to ?? 0]),
  ]);
  const lemmas: [string, string, string[]][] = [];
  const lemmaIndex = new Map<string, number>();
  const analyses: AnalysisRow[] = [];
  const index = new Map<string, number>();
  const forms: [string, number[]][] = [];
  for (const [key, list] of shipped.speech.forms) {
    forms.push([
      key,
      list.map((a) => {
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
        return k;
      }),
    ]);
  }
  return {
    format: BUNDLE_FORMAT,
    sizes,
    entries,
    vocab: [...trie.vocab.keys()],
    edges,
    readings,
    nodes: trie.readings.length,
    personWords: [...shipped.personWords],
    givenNames: [...shipped.givenNames],
    titles: [...shipped.titles].flatMap(([first, list]) => list.map(({ words, title }) => [first, words, title] as [string, string[], Title])),
    functionWords: [...shipped.functionWords],
    commonWords: [...shipped.commonWords],
    lemmas,
    analyses,
    forms,
  };
}
