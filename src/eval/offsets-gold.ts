// Quote evaluation on gold with offsets (the format of ../shared/gold/: one JSON line per document, the
// text named by `file` + `index` into a SaudiNewsNet JSON array or by `id` into a {docs:[{id,text}]} file,
// quotes as UTF-16 spans with their kind and the aliases of their speaker). The matching is the held-out
// evaluations': a prediction matches a gold quote when it covers at least half of it and is not much longer
// (any class); a speaker is right when one gold alias is contained in the predicted name and mention.

import { KhabarError } from '../errors.js';
import type { Analysis, Quote } from '../types.js';
import { scoreClasses } from './score.js';
import type { QuoteReport } from './quotes.js';

export interface OffsetGoldQuote {
  kind: 'direct' | 'indirect';
  start: number;
  end: number;
  core?: boolean;
  cue?: string;
  speaker?: string | null;
  speaker_aliases: string[];
}

/** Where a gold document's text is: a SaudiNewsNet file name and the article's index in it, or a document id. */
export interface GoldTextRef {
  /** A SaudiNewsNet file name and the article's index in it … */
  file?: string;
  index?: number;
  /** … or a document id of a {docs:[{id,text}]} file. */
  id?: string;
}

export interface OffsetGoldDocument extends GoldTextRef {
  quotes: OffsetGoldQuote[];
  /** Quote-marked strings that are no quotation (names, titles, terms). */
  non_quotes?: { start: number; end: number }[];
}

/** Finds the text of a gold document (from files beside the gold: see eval/texts.ts). */
export type GoldTextSource = (doc: GoldTextRef) => string;

/** Does this parsed JSON line say where its text is (`id`, or `file` and `index`)? */
export function refersToText(value: unknown): value is GoldTextRef {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' || (typeof v.file === 'string' && typeof v.index === 'number');
}

/** Is this JSON line a document of the offsets format (no inline text)? */
export function isOffsetGold(value: unknown): value is OffsetGoldDocument {
  return refersToText(value) && typeof (value as { text?: unknown }).text !== 'string' && Array.isArray((value as { quotes?: unknown }).quotes);
}

/** The document's name in error lines: its id, or file#index. */
export const goldWhere = (g: GoldTextRef): string => g.id ?? `${g.file}#${g.index}`;

/**
 * Calls `each` with every non-empty line of a JSON-lines gold file, parsed, and its line number; throws
 * E_GOLD naming the line when one is not JSON.
 */
export function forEachJsonLine(text: string, file: string, each: (value: unknown, line: number) => void): void {
  text.split('\n').forEach((line, k) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new KhabarError('E_GOLD', `${file}:${k + 1}: not valid JSON`);
    }
    each(value, k + 1);
  });
}

// The matching key of the held-out evaluations: marks, tatweel and invisible controls removed; alef forms,
// hamza seats, ta marbuta and alef maqsura unified; white space collapsed.
const INVISIBLE = /[\u064B-\u065F\u0670\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]/g;
export function matchKey(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/\s+/g, ' ')
    .trim();
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Who the prediction says spoke: the speaker's name and mention, or for a bare "according to" clause the source. */
function said(p: Quote): string {
  const who = p.speaker ? [p.speaker.name, p.speaker.text] : [p.source?.name, p.source?.text];
  return matchKey(who.filter(Boolean).join(' '));
}

export function evaluateOffsetQuotes(docs: OffsetGoldDocument[], textOf: GoldTextSource, analyze: (text: string) => Pick<Analysis, 'quotes'>): QuoteReport {
  const counts = { direct: { tp: 0, fp: 0, fn: 0 }, indirect: { tp: 0, fp: 0, fn: 0 } };
  const speakers = { matched: 0, correct: 0, byResolution: {} as Record<string, { matched: number; correct: number }> };
  let coreGold = 0;
  let coreFound = 0;
  let fromTerms = 0;
  const errors: QuoteReport['errors'] = [];
  for (const g of docs) {
    const text = textOf(g);
    const where = goldWhere(g);
    const predicted = analyze(text).quotes;
    const used = new Set<number>();
    for (const q of g.quotes) {
      if (q.core) coreGold++;
      const length = q.end - q.start;
      const cls = q.kind === 'direct' ? 'direct' : 'indirect';
      const k = predicted.findIndex((p, j) => !used.has(j) && overlap(p, q) >= 0.5 * length && p.end - p.start <= 2 * length + 20);
      if (k < 0) {
        counts[cls].fn++;
        errors.push({ id: where, kind: `fn ${cls}`, detail: `${text.slice(q.start, q.start + 60)} (cue ${q.cue ?? '—'})` });
        continue;
      }
      used.add(k);
      counts[cls].tp++;
      if (q.core) coreFound++;
      const p = predicted[k];
      const resolution = p.speaker?.resolution ?? 'none';
      const slot = (speakers.byResolution[resolution] ??= { matched: 0, correct: 0 });
      speakers.matched++;
      slot.matched++;
      const who = said(p);
      const right = q.speaker_aliases.length === 0 ? !p.speaker : q.speaker_aliases.some((a) => who.includes(matchKey(a)));
      if (right) {
        speakers.correct++;
        slot.correct++;
      } else errors.push({ id: where, kind: `speaker (${resolution})`, detail: `gold ${q.speaker ?? 'null'}, got ${p.speaker?.name ?? 'null'}${p.speaker?.text ? ` (${p.speaker.text})` : ''} — ${text.slice(q.start, q.start + 40)}` });
    }
    predicted.forEach((p, k) => {
      // a prediction overlapping a gold quote is a split of it, not a false quote
      if (used.has(k) || g.quotes.some((q) => overlap(p, q) > 0)) return;
      counts[p.kind === 'direct' ? 'direct' : 'indirect'].fp++;
      const term = (g.non_quotes ?? []).some((t) => overlap(p, t) > 0);
      if (term) fromTerms++;
      errors.push({ id: where, kind: `fp ${p.kind === 'direct' ? 'direct' : 'indirect'}${term ? ' (a quoted term)' : ''}`, detail: `${p.text.slice(0, 60)} (cue ${p.cue?.text ?? '—'})` });
    });
  }
  return {
    articles: docs.length,
    ...scoreClasses(counts),
    speakers: { ...speakers, accuracy: speakers.matched ? speakers.correct / speakers.matched : 0 },
    coreRecall: coreGold ? coreFound / coreGold : 0,
    quotesFromTerms: fromTerms,
    errors,
  };
}

/** Checks one parsed line of the offsets format; throws E_GOLD with the line number. */
export function checkOffsetGold(value: OffsetGoldDocument, file: string, line: number): OffsetGoldDocument {
  for (const q of value.quotes) {
    if (typeof q !== 'object' || q === null || !Number.isInteger(q.start) || !Number.isInteger(q.end) || q.end <= q.start || !Array.isArray(q.speaker_aliases)) {
      throw new KhabarError('E_GOLD', `${file}:${line}: every quote needs integer "start" < "end" and a "speaker_aliases" array`);
    }
  }
  return value;
}
