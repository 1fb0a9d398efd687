// NER evaluation at the entity level on CoNLL gold: a gold entity is a run of tokens with one class; a
// prediction counts when it covers exactly that run (the tokens it overlaps) with the same class.
// PERSON → PERS; COUNTRY, CITY, LOCATION → LOC; ORGANIZATION → ORG; adjectives and other types are left out.

import type { Analysis, Entity } from '../types.js';
import { parseConll, type ConllDocument } from './conll.js';
import { SCORE_HEADER, scoreClasses, scoreRow, type ClassScore } from './score.js';

export type NerClass = 'PERS' | 'LOC' | 'ORG';
export const NER_CLASSES: readonly NerClass[] = ['PERS', 'LOC', 'ORG'];

export type { ClassScore };

export interface NerReport {
  documents: number;
  tokens: number;
  classes: Record<NerClass, ClassScore>;
  overall: ClassScore;
  /** A few errors to read: [kind, class, text]. */
  errors: { kind: 'fp' | 'fn'; cls: NerClass; text: string; context: string }[];
}

export function entityClass(e: Pick<Entity, 'type' | 'form'>): NerClass | null {
  if (e.form !== 'name') return null;
  if (e.type === 'PERSON') return 'PERS';
  if (e.type === 'ORGANIZATION') return 'ORG';
  if (e.type === 'COUNTRY' || e.type === 'CITY' || e.type === 'LOCATION') return 'LOC';
  return null;
}

/** Scores `analyze` against CoNLL gold text. */
export function evaluateNer(gold: string | ConllDocument[], analyze: (text: string) => Pick<Analysis, 'entities'>, file = 'gold'): NerReport {
  const documents = typeof gold === 'string' ? parseConll(gold, file) : gold;
  const counts = Object.fromEntries(NER_CLASSES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<NerClass, { tp: number; fp: number; fn: number }>;
  const errors: NerReport['errors'] = [];
  let tokens = 0;
  for (const doc of documents) {
    // the document's text: tokens joined by spaces, sentences by line breaks
    const starts: number[] = [];
    const ends: number[] = [];
    const tags: string[] = [];
    const words: string[] = [];
    let text = '';
    for (const s of doc.sentences) {
      s.tokens.forEach((tok, k) => {
        if (k > 0) text += ' ';
        starts.push(text.length);
        text += tok;
        ends.push(text.length);
        tags.push(s.tags[k]);
        words.push(tok);
      });
      text += '\n';
    }
    tokens += words.length;
    const goldSpans = new Map<string, NerClass>();
    for (let i = 0; i < tags.length; i++) {
      const [bio, cls] = tags[i].split('-');
      if (bio !== 'B' && !(bio === 'I' && (i === 0 || !tags[i - 1].endsWith(cls)))) continue;
      let j = i;
      while (j + 1 < tags.length && tags[j + 1] === `I-${cls}`) j++;
      if ((NER_CLASSES as readonly string[]).includes(cls)) goldSpans.set(`${i}:${j}`, cls as NerClass);
    }
    const predicted = new Map<string, NerClass>();
    let t = 0;
    for (const e of analyze(text).entities) {
      const cls = entityClass(e);
      if (!cls) continue;
      while (t < ends.length && ends[t] <= e.start) t++;
      let u = t;
      while (u + 1 < starts.length && starts[u + 1] < e.end) u++;
      const key = `${t}:${u}`;
      // two names inside one gold token (وموسكو-أنقرة) count once
      if (!predicted.has(key)) predicted.set(key, cls);
    }
    const show = (key: string): { text: string; context: string } => {
      const [a, b] = key.split(':').map(Number);
      return { text: words.slice(a, b + 1).join(' '), context: words.slice(Math.max(0, a - 4), b + 5).join(' ') };
    };
    for (const [key, cls] of predicted) {
      if (goldSpans.get(key) === cls) counts[cls].tp++;
      else {
        counts[cls].fp++;
        errors.push({ kind: 'fp', cls, ...show(key) });
      }
    }
    for (const [key, cls] of goldSpans) {
      if (predicted.get(key) !== cls) {
        counts[cls].fn++;
        errors.push({ kind: 'fn', cls, ...show(key) });
      }
    }
  }
  return { documents: documents.length, tokens, ...scoreClasses(counts), errors };
}

export function formatNerReport(report: NerReport): string {
  const rows = [...NER_CLASSES.map((c) => [c, report.classes[c]] as const), ['overall', report.overall] as const];
  return [
    report.tokens ? `${report.documents} documents, ${report.tokens} tokens` : `${report.documents} documents`,
    SCORE_HEADER,
    ...rows.map(([name, s]) => scoreRow(name, s)),
  ].join('\n');
}
