// NER evaluation on gold with offsets (the format of ../shared/gold/: one JSON line per document, its text
// named by `file` + `index` or by `id` as for quotes, its names as UTF-16 spans typed PER, LOC or ORG).
// The matching is the held-out evaluations': a gold name is found by an overlapping prediction of the same
// class (each prediction finds one name); a prediction that overlaps no gold name of its class is spurious.
// Only names count (form 'name'): adjectives (التركية) and descriptions (الجيش الإسرائيلي) are left out.

import { KhabarError } from '../errors.js';
import type { Analysis } from '../types.js';
import { entityClass, NER_CLASSES, type NerClass, type NerReport } from './ner.js';
import { forEachJsonLine, goldWhere, refersToText, type GoldTextRef, type GoldTextSource } from './offsets-gold.js';
import { scoreClasses } from './score.js';

export interface OffsetGoldEntity {
  start: number;
  end: number;
  type: 'PER' | 'LOC' | 'ORG';
}

export interface OffsetNerDocument extends GoldTextRef {
  entities: OffsetGoldEntity[];
}

const GOLD_CLASS: Record<OffsetGoldEntity['type'], NerClass> = { PER: 'PERS', LOC: 'LOC', ORG: 'ORG' };

/** Does this gold file hold JSON lines (the offsets format) rather than CoNLL columns? */
export function isJsonLines(text: string): boolean {
  return /^\s*\{/.test(text);
}

/** Parses and checks the lines of an offsets gold file for NER; throws E_GOLD with the line number. */
export function parseOffsetNer(text: string, file = 'gold'): OffsetNerDocument[] {
  const docs: OffsetNerDocument[] = [];
  forEachJsonLine(text, file, (value, line) => {
    const v = value as Partial<OffsetNerDocument>;
    if (!refersToText(value) || !Array.isArray(v.entities)) {
      throw new KhabarError('E_GOLD', `${file}:${line}: a document needs "id" (or "file" and "index") and an "entities" array`);
    }
    for (const e of v.entities) {
      if (typeof e !== 'object' || e === null || !Number.isInteger(e.start) || !Number.isInteger(e.end) || e.end <= e.start || !(e.type in GOLD_CLASS)) {
        throw new KhabarError('E_GOLD', `${file}:${line}: every entity needs integer "start" < "end" and a "type" of PER, LOC or ORG`);
      }
    }
    docs.push(v as OffsetNerDocument);
  });
  return docs;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => Math.min(a.end, b.end) > Math.max(a.start, b.start);

/** Scores `analyze` against offsets gold; `textOf` finds each document's text (eval/texts.ts in Node). */
export function evaluateOffsetNer(docs: OffsetNerDocument[], textOf: GoldTextSource, analyze: (text: string) => Pick<Analysis, 'entities'>): NerReport {
  const counts = Object.fromEntries(NER_CLASSES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<NerClass, { tp: number; fp: number; fn: number }>;
  const errors: NerReport['errors'] = [];
  for (const g of docs) {
    const text = textOf(g);
    const where = goldWhere(g);
    const context = (start: number, end: number): string => `${where} ${text.slice(Math.max(0, start - 30), end + 30).replace(/\s+/g, ' ')}`;
    const predicted = analyze(text).entities.flatMap((e) => {
      const cls = entityClass(e);
      return cls ? [{ start: e.start, end: e.end, cls }] : [];
    });
    const gold = g.entities.map((e) => ({ start: e.start, end: e.end, cls: GOLD_CLASS[e.type] }));
    const used = new Uint8Array(predicted.length);
    for (const e of gold) {
      const j = predicted.findIndex((p, j) => !used[j] && p.cls === e.cls && overlaps(p, e));
      if (j < 0) {
        counts[e.cls].fn++;
        errors.push({ kind: 'fn', cls: e.cls, text: text.slice(e.start, e.end), context: context(e.start, e.end) });
      } else {
        used[j] = 1;
        counts[e.cls].tp++;
      }
    }
    predicted.forEach((p, j) => {
      // a second prediction inside one gold name (a split of it) is not spurious
      if (used[j] || gold.some((e) => e.cls === p.cls && overlaps(p, e))) return;
      counts[p.cls].fp++;
      errors.push({ kind: 'fp', cls: p.cls, text: text.slice(p.start, p.end), context: context(p.start, p.end) });
    });
  }
  return { documents: docs.length, tokens: 0, ...scoreClasses(counts), errors };
}
