// Quote evaluation on a gold JSONL file (corpus/gold/quotes.jsonl): precision, recall and F1 for direct
// and for indirect quotes (mixed counts with indirect), a match being a predicted quote of the same class
// that overlaps at least half of the gold content; and speaker accuracy on the matched quotes.

import { KhabarError } from '../errors.js';
import { normalize } from '../text/normalize.js';
import type { Analysis, Quote } from '../types.js';
import { SCORE_HEADER, pct, score, scoreRow, type ClassScore } from './score.js';

export interface GoldQuote {
  kind: 'direct' | 'indirect' | 'mixed';
  text: string;
  occurrence?: number;
  cue?: string | null;
  speaker: string | null;
  mention?: string | null;
  resolution?: string | null;
  source?: string | null;
}

export interface GoldArticle {
  id: string;
  title?: string;
  text: string;
  quotes: GoldQuote[];
}

type QuoteClass = 'direct' | 'indirect';
const classOf = (kind: string): QuoteClass => (kind === 'direct' ? 'direct' : 'indirect');

export interface QuoteReport {
  articles: number;
  classes: Record<QuoteClass, ClassScore>;
  overall: ClassScore;
  speakers: { matched: number; correct: number; accuracy: number; byResolution: Record<string, { matched: number; correct: number }> };
  errors: { id: string; kind: string; detail: string }[];
}

export function parseGoldQuotes(text: string, file = 'gold'): GoldArticle[] {
  const out: GoldArticle[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new KhabarError('E_GOLD', `${file}:${index + 1}: not valid JSON`);
    }
    const a = value as GoldArticle;
    if (typeof a.text !== 'string' || !Array.isArray(a.quotes)) throw new KhabarError('E_GOLD', `${file}:${index + 1}: needs "text" and "quotes"`);
    out.push(a);
  });
  return out;
}

/** Where the gold content sits in the article (the n-th occurrence of its text). */
function goldSpan(article: GoldArticle, q: GoldQuote): { start: number; end: number } {
  let from = -1;
  for (let k = 0; k < (q.occurrence ?? 1); k++) {
    from = article.text.indexOf(q.text, from + 1);
    if (from < 0) throw new KhabarError('E_GOLD', `${article.id}: quote text not found: ${q.text.slice(0, 40)}`);
  }
  return { start: from, end: from + q.text.length };
}

const sameName = (a: string | null | undefined, b: string | null | undefined): boolean => {
  if (!a || !b) return !a && !b;
  const x = normalize(a).replace(/\s+/g, ' ').trim();
  const y = normalize(b).replace(/\s+/g, ' ').trim();
  return x === y || (x.length >= 4 && y.includes(x)) || (y.length >= 4 && x.includes(y));
};

export function evaluateQuotes(gold: string | GoldArticle[], analyze: (text: string) => Pick<Analysis, 'quotes'>, file = 'gold'): QuoteReport {
  const articles = typeof gold === 'string' ? parseGoldQuotes(gold, file) : gold;
  const counts = { direct: { tp: 0, fp: 0, fn: 0 }, indirect: { tp: 0, fp: 0, fn: 0 } };
  const speakers = { matched: 0, correct: 0, byResolution: {} as Record<string, { matched: number; correct: number }> };
  const errors: QuoteReport['errors'] = [];
  for (const article of articles) {
    const predicted = analyze(article.text).quotes;
    const used = new Set<number>();
    for (const g of article.quotes) {
      const span = goldSpan(article, g);
      const cls = classOf(g.kind);
      let best = -1;
      let bestOverlap = 0;
      predicted.forEach((p: Quote, k) => {
        if (used.has(k) || classOf(p.kind) !== cls) return;
        const overlap = Math.min(p.end, span.end) - Math.max(p.start, span.start);
        if (overlap * 2 >= span.end - span.start && overlap > bestOverlap) {
          best = k;
          bestOverlap = overlap;
        }
      });
      if (best < 0) {
        counts[cls].fn++;
        const other = predicted.find((p) => Math.min(p.end, span.end) - Math.max(p.start, span.start) > 0);
        errors.push({ id: article.id, kind: `fn ${cls}`, detail: `${g.text.slice(0, 60)}${other ? ` (overlaps a predicted ${other.kind}: ${other.text.slice(0, 40)})` : ''}` });
        continue;
      }
      used.add(best);
      counts[cls].tp++;
      const p = predicted[best];
      const resolution = g.resolution ?? 'none';
      const slot = (speakers.byResolution[resolution] ??= { matched: 0, correct: 0 });
      speakers.matched++;
      slot.matched++;
      if (sameName(p.speaker?.name, g.speaker)) {
        speakers.correct++;
        slot.correct++;
      } else errors.push({ id: article.id, kind: `speaker (${resolution})`, detail: `gold ${g.speaker ?? 'null'}, got ${p.speaker?.name ?? 'null'} [${p.speaker?.resolution ?? ''}] — ${g.text.slice(0, 40)}` });
    }
    predicted.forEach((p, k) => {
      if (used.has(k)) return;
      counts[classOf(p.kind)].fp++;
      errors.push({ id: article.id, kind: `fp ${classOf(p.kind)}`, detail: `${p.text.slice(0, 60)} (cue ${p.cue?.text ?? '—'})` });
    });
  }
  const total = { tp: counts.direct.tp + counts.indirect.tp, fp: counts.direct.fp + counts.indirect.fp, fn: counts.direct.fn + counts.indirect.fn };
  return {
    articles: articles.length,
    classes: { direct: score(counts.direct.tp, counts.direct.fp, counts.direct.fn), indirect: score(counts.indirect.tp, counts.indirect.fp, counts.indirect.fn) },
    overall: score(total.tp, total.fp, total.fn),
    speakers: { ...speakers, accuracy: speakers.matched ? speakers.correct / speakers.matched : 0 },
    errors,
  };
}

export function formatQuoteReport(r: QuoteReport): string {
  const byRes = Object.entries(r.speakers.byResolution)
    .map(([k, v]) => `${k} ${v.correct}/${v.matched}`)
    .join(', ');
  return [
    `${r.articles} articles`,
    SCORE_HEADER,
    scoreRow('direct', r.classes.direct),
    scoreRow('indirect', r.classes.indirect),
    scoreRow('overall', r.overall),
    `speaker accuracy on matched quotes: ${pct(r.speakers.accuracy)}% (${r.speakers.correct}/${r.speakers.matched}; ${byRes})`,
  ].join('\n');
}
