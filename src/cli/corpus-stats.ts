// Corpus statistics: each document is reduced to a few counts where it is analyzed (in a worker, so
// only those counts cross threads), and the counts are added up into the summary of `khabar corpus`.

import type { Analysis, EntityType, QuoteKind } from '../types.js';

/** The counts of one document. */
export interface DocumentStats {
  tokens: number;
  sentences: number;
  /** Mentions per entity: [id, canonical name, type, count]. */
  entities: [string, string, EntityType, number][];
  /** Quotes per speaker: [key (entity id, or the name), name, count]. */
  speakers: [string, string, number][];
  quotes: Record<QuoteKind, number>;
}

/** The counts of an analysis; tokens and sentences are counted by the caller. */
export function documentStats(analysis: Pick<Analysis, 'entities' | 'quotes'>, tokens: number, sentences: number): DocumentStats {
  const entities = new Map<string, [string, string, EntityType, number]>();
  for (const e of analysis.entities) {
    const seen = entities.get(e.id);
    if (seen) seen[3]++;
    else entities.set(e.id, [e.id, e.name, e.type, 1]);
  }
  const speakers = new Map<string, [string, string, number]>();
  const quotes: Record<QuoteKind, number> = { direct: 0, indirect: 0, mixed: 0 };
  for (const q of analysis.quotes) {
    quotes[q.kind]++;
    if (!q.speaker) continue;
    const key = q.speaker.entityId ?? q.speaker.name;
    const seen = speakers.get(key);
    if (seen) seen[2]++;
    else speakers.set(key, [key, q.speaker.name, 1]);
  }
  return { tokens, sentences, entities: [...entities.values()], speakers: [...speakers.values()], quotes };
}

export interface Ranked {
  id: string;
  name: string;
  type?: EntityType;
  count: number;
}

/** The machine-readable summary (`khabar corpus --json`). */
export interface CorpusSummary {
  documents: number;
  failed: number;
  errors: Record<string, number>;
  tokens: number;
  sentences: number;
  /** UTF-8 size of the analyzed texts. */
  megabytes: number;
  seconds: number;
  megabytesPerSecond: number;
  documentsPerSecond: number;
  workers: number;
  entitiesByType: Partial<Record<EntityType, number>>;
  topEntities: Ranked[];
  topSpeakers: Ranked[];
  quotes: Record<QuoteKind, number> & { total: number };
}

const TOP = 20;

function top(map: Map<string, Ranked>): Ranked[] {
  // most frequent first; ties by id, so the summary is the same on every run
  return [...map.values()].sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, TOP);
}

/** Adds documents up as they come. */
export class CorpusTally {
  private documents = 0;
  private failed = 0;
  private readonly errors = new Map<string, number>();
  private tokens = 0;
  private sentences = 0;
  private bytes = 0;
  private readonly byType = new Map<EntityType, number>();
  private readonly entities = new Map<string, Ranked>();
  private readonly speakers = new Map<string, Ranked>();
  private readonly quotes: Record<QuoteKind, number> = { direct: 0, indirect: 0, mixed: 0 };

  /** Adds an analyzed document; `bytes` is the UTF-8 size of its text. */
  add(stats: DocumentStats, bytes: number): void {
    this.documents++;
    this.bytes += bytes;
    this.tokens += stats.tokens;
    this.sentences += stats.sentences;
    for (const [id, name, type, count] of stats.entities) {
      this.byType.set(type, (this.byType.get(type) ?? 0) + count);
      const seen = this.entities.get(id);
      if (seen) seen.count += count;
      else this.entities.set(id, { id, name, type, count });
    }
    for (const [id, name, count] of stats.speakers) {
      const seen = this.speakers.get(id);
      if (seen) seen.count += count;
      else this.speakers.set(id, { id, name, count });
    }
    for (const kind of ['direct', 'indirect', 'mixed'] as const) this.quotes[kind] += stats.quotes[kind];
  }

  fail(code: string): void {
    this.documents++;
    this.failed++;
    this.errors.set(code, (this.errors.get(code) ?? 0) + 1);
  }

  summary(seconds: number, workers: number): CorpusSummary {
    const megabytes = this.bytes / 1e6;
    const byType = [...this.byType.entries()].sort((a, b) => b[1] - a[1]);
    return {
      documents: this.documents,
      failed: this.failed,
      errors: Object.fromEntries(this.errors),
      tokens: this.tokens,
      sentences: this.sentences,
      megabytes,
      seconds,
      megabytesPerSecond: seconds > 0 ? megabytes / seconds : 0,
      documentsPerSecond: seconds > 0 ? this.documents / seconds : 0,
      workers,
      entitiesByType: Object.fromEntries(byType),
      topEntities: top(this.entities),
      topSpeakers: top(this.speakers),
      quotes: { ...this.quotes, total: this.quotes.direct + this.quotes.indirect + this.quotes.mixed },
    };
  }
}

const n = (x: number): string => x.toLocaleString('en-US');

/** The summary as text, for people. */
export function formatSummary(s: CorpusSummary): string {
  const lines = [
    `documents  ${n(s.documents)}${s.failed ? ` (${n(s.failed)} failed: ${Object.entries(s.errors).map(([c, k]) => `${c} ${k}`).join(', ')})` : ''}`,
    `tokens     ${n(s.tokens)} in ${n(s.sentences)} sentences`,
    `text       ${s.megabytes.toFixed(2)} MB (UTF-8)`,
    `time       ${s.seconds.toFixed(2)} s with ${s.workers} worker${s.workers === 1 ? '' : 's'}: ${s.megabytesPerSecond.toFixed(2)} MB/s, ${s.documentsPerSecond.toFixed(1)} documents/s`,
    '',
    'entities by type',
    ...Object.entries(s.entitiesByType).map(([type, count]) => `  ${type.padEnd(13)} ${n(count)}`),
    '',
    `top ${s.topEntities.length} entities`,
    ...s.topEntities.map((e, i) => `  ${String(i + 1).padStart(2)}. ${n(e.count).padStart(6)}  ${e.name}  (${e.id}, ${e.type})`),
    '',
    `top ${s.topSpeakers.length} speakers`,
    ...s.topSpeakers.map((e, i) => `  ${String(i + 1).padStart(2)}. ${n(e.count).padStart(6)}  ${e.name}${e.id !== e.name ? `  (${e.id})` : ''}`),
    '',
    `quotes     ${n(s.quotes.total)}: ${n(s.quotes.direct)} direct, ${n(s.quotes.indirect)} indirect, ${n(s.quotes.mixed)} mixed`,
  ];
  return lines.join('\n') + '\n';
}
