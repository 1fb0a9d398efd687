// Hand-made analyses for exact-output tests, and the seed article with its real analysis.
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/index.js';
import { SCHEMA_VERSION, type Analysis, type Entity, type Quote, type Referent } from '../../src/types.js';

export const ARTICLE = readFileSync(new URL('../../corpus/article.txt', import.meta.url), 'utf8');
export const ARTICLE_ANALYSIS = analyze(ARTICLE);

/** An analysis with the given layers; spans are taken as given (text from the document). */
export function analysisOf(text: string, layers: { entities?: Omit<Entity, 'text'>[]; quotes?: Omit<Quote, 'text'>[]; referents?: Referent[]; language?: string } = {}): Analysis {
  return {
    schemaVersion: SCHEMA_VERSION,
    language: layers.language ?? 'arb',
    tokens: [],
    sentences: [{ text, start: 0, end: text.length }],
    entities: (layers.entities ?? []).map((e) => ({ ...e, text: text.slice(e.start, e.end) })),
    quotes: (layers.quotes ?? []).map((q) => ({ ...q, text: text.slice(q.start, q.end) })),
    referents: layers.referents ?? [],
  };
}

/** `[start, end)` of the first occurrence of `part` in `text`. */
export function find(text: string, part: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(part, from);
  if (start === -1) throw new Error(`${part} not in text`);
  return { start, end: start + part.length };
}
