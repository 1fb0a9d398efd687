// The default analyzer's output, pinned byte for byte on a fixed set of documents (documents.ts):
// optimizations must not change a single entity or quote. A deliberate change of the output (a
// retrained model, a new rule, new lexicon entries) rewrites the pin with
//   KHABAR_UPDATE_PIN=1 npm test -- test/pinned
// and the diff of test/pinned/output.json shows what changed.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createAnalyzer, type Analysis } from '../../src/index.js';
import { ALL, pinnedDocuments } from './documents.js';

const PIN = new URL('./output.json', import.meta.url);

interface Pinned {
  /** Per document: a hash of the whole Analysis JSON (tokens and sentences too), the same without the
   *  tagger, and its entities and quotes as lines (only their count for the long document of all). */
  [name: string]: { analysis: string; noTagger: string; entities: string[] | number; quotes: string[] | number };
}

const sha = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);

function pin(name: string, analysis: Analysis, noTagger: Analysis): Pinned[string] {
  const entities = analysis.entities.map((e) => `${e.start}-${e.end} ${e.type} ${e.form} ${e.source} ${e.id} ${e.name}`);
  const quotes = analysis.quotes.map((q) => JSON.stringify([q.kind, q.start, q.end, q.cue && [q.cue.start, q.cue.end, q.cue.lemma], q.speaker, q.source]));
  const whole = name === ALL;
  return { analysis: sha(analysis), noTagger: sha(noTagger), entities: whole ? entities.length : entities, quotes: whole ? quotes.length : quotes };
}

describe('the default analyzer, pinned', () => {
  const docs = pinnedDocuments();
  // one analyzer for every document, in order (its per-analyzer tables must not change a result), and
  // a fresh one for some documents
  const analyzer = createAnalyzer();
  const plain = createAnalyzer({ tagger: false });
  const actual: Pinned = {};
  for (const { name, text } of docs) actual[name] = pin(name, analyzer.analyze(text), plain.analyze(text));

  if (process.env.KHABAR_UPDATE_PIN === '1') writeFileSync(PIN, JSON.stringify(actual, null, 1) + '\n');
  const expected = JSON.parse(readFileSync(PIN, 'utf8')) as Pinned;

  test('the same documents', () => {
    expect(Object.keys(actual)).toEqual(Object.keys(expected));
  });

  test.each(docs.map((d) => d.name))('%s', (name) => {
    expect(actual[name].entities).toEqual(expected[name].entities);
    expect(actual[name].quotes).toEqual(expected[name].quotes);
    expect(actual[name].analysis).toBe(expected[name].analysis);
    expect(actual[name].noTagger).toBe(expected[name].noTagger);
  });

  test('a fresh analyzer gives the same output as one that analyzed everything before', () => {
    for (const { name, text } of [docs[docs.length - 2], docs[1], docs[0]]) {
      expect(pin(name, createAnalyzer().analyze(text), createAnalyzer({ tagger: false }).analyze(text))).toEqual(expected[name]);
    }
  });
});
