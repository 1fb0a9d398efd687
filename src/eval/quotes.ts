// Quote evaluation on a gold JSONL file: precision, recall and F1 for direct and for indirect quotes (mixed
// counts with indirect), and speaker accuracy on the matched quotes. Two formats:
// - the text inline (corpus/gold/quotes.jsonl): a match is a predicted quote of the same class that overlaps
//   at least half of the gold content, the speaker right when the names agree;
// - offsets into texts kept elsewhere (../shared/gold/): see offsets-gold.ts, the held-out evaluations' matching.

import { KhabarError } from '../errors.js';
import { normalize } from '../text/normalize.js';
import type { Analysis, Quote } from '../types.js';
import { SCORE_HEADER, pct, scoreClasses, scoreRow, type ClassScore } from './score.js';
import { checkOffsetGold, evaluateOffsetQuotes, forEachJsonLine, isOffsetGold, type GoldTextSource, type OffsetGoldDocument } from './offsets-gold.js';

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
  /** Offsets format only: recall of the core quotes (marks, a speech verb with a clause, unmarked direct speech). */
  coreRecall?: number;
  /** Offsets format only: false quotes that are a quoted name or term of the gold's non_quotes. */
  quotesFromTerms?: number;
  errors: { id: string; kind: string; detail: string }[];
}

/** The gold lines, in one of the two formats (all lines must share it). */
export type ParsedGold = { format: 'inline'; articles: GoldArticle[] } | { format: 'offsets'; docs: OffsetGoldDocument[] };

export function parseGold(text: string, file = 'gold'): ParsedGold {
  const articles: GoldArticle[] = [];
  const docs: OffsetGoldDocument[] = [];
  forEachJsonLine(text, file, (value, line) => {
    if (isOffsetGold(value)) {
      docs.push(checkOffsetGold(value, file, line));
      return;
    }
    const a = value as GoldArticle;
    if (typeof a?.text !== 'string' || !Array.isArray(a.quotes)) throw new KhabarError('E_GOLD', `${file}:${line}: needs "text" and "quotes", or "file"+"index" or "id" and "quotes" with offsets`);
    articles.push(a);
  });
  if (articles.length && docs.length) throw new KhabarError('E_GOLD', `${file}: mixes lines with inline text and lines with offsets`);
  return docs.length ? { format: 'offsets', docs } : { format: 'inline', articles };
}

export function parseGoldQuotes(text: string, file = 'gold'): GoldArticle[] {
  const parsed = parseGold(text, file);
  if (parsed.format === 'offsets') throw new KhabarError('E_GOLD', `${file}: holds offsets into other texts; evaluate it with evaluateQuotes and a text source`);
  return parsed.articles;
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

/**
 * Scores `analyze` on gold in either format; gold with offsets needs `textOf`, which finds each document's
 * text (eval/texts.ts finds them in files beside the gold).
 */
export function evaluateQuotes(gold: string | GoldArticle[], analyze: (text: string) => Pick<Analysis, 'quotes'>, file = 'gold', textOf?: GoldTextSource): QuoteReport {
  const parsed: ParsedGold = typeof gold === 'string' ? parseGold(gold, file) : { format: 'inline', articles: gold };
  if (parsed.format === 'offsets') {
    if (!textOf) throw new KhabarError('E_GOLD', `${file}: holds offsets into other texts, and no text source was given`);
    return evaluateOffsetQuotes(parsed.docs, textOf, analyze);
  }
  const articles = parsed.articles;
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
  return {
    articles: articles.length,
    ...scoreClasses(counts),
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
    ...(r.coreRecall === undefined ? [] : [`core recall ${pct(r.coreRecall)}% · quotes from quoted terms ${r.quotesFromTerms ?? 0}`]),
  ].join('\n');
}
