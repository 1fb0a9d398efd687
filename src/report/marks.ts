// The spans of an analysis as elements to mark: quotes outermost, then speaker mentions, sources and
// cues, entities innermost (so an entity inside a quote stays one element).

import type { Analysis, Entity, Quote } from '../types.js';
import { kindLabel, resolutionLabel, typeClass, typeLabel, UNKNOWN_SPEAKER } from './labels.js';
import type { MarkSpan } from './spans.js';

const RANK = { quote: 0, role: 1, entity: 2 } as const;

function entityMark(entity: Entity): MarkSpan {
  const adjective = entity.form !== 'name';
  const title = `${entity.name} · ${entity.id}${entity.form === 'adjective' ? ` (صفة نسبة: ${entity.text})` : entity.form === 'description' ? ` (وصف: ${entity.text})` : ''}`;
  return {
    start: entity.start,
    end: entity.end,
    rank: RANK.entity,
    tag: 'mark',
    className: `ent ${typeClass(entity.type)}${adjective ? ' adj' : ''}`,
    attrs: [
      ['data-type', entity.type],
      ['data-id', entity.id],
      ['data-form', entity.form],
      ['data-source', entity.source],
      ['data-label', typeLabel(entity.type)],
      ['title', title],
    ],
  };
}

function speakerName(quote: Quote): string {
  return quote.speaker?.name || UNKNOWN_SPEAKER;
}

function quoteMark(quote: Quote): MarkSpan {
  const kind = kindLabel(quote.kind);
  const speaker = quote.speaker;
  const parts = [`${kind} (${quote.kind})`, `المتحدث: ${speakerName(quote)}`];
  if (speaker) parts.push(`التعرف: ${resolutionLabel(speaker.resolution)}${speaker.entityId ? ` · ${speaker.entityId}` : ''}`);
  if (quote.cue) parts.push(`القول: ${quote.cue.text}`);
  if (quote.source) parts.push(`المصدر: ${quote.source.name}`);
  return {
    start: quote.start,
    end: quote.end,
    rank: RANK.quote,
    tag: 'span',
    className: `q q-${quote.kind === 'direct' || quote.kind === 'mixed' ? quote.kind : 'indirect'}`,
    attrs: [
      ['data-kind', quote.kind],
      ['data-speaker', speaker?.name ?? ''],
      ['data-label', `${kind} · ${speakerName(quote)}`],
      ['title', parts.join(' — ')],
    ],
  };
}

/** Speaker mentions, sources and cues, once per span even when several quotes share them. */
function roleMarks(quotes: readonly Quote[]): MarkSpan[] {
  const seen = new Set<string>();
  const marks: MarkSpan[] = [];
  const add = (role: 'spk' | 'cue' | 'src', start: number | undefined, end: number | undefined, title: string): void => {
    if (start === undefined || end === undefined) return;
    const key = `${role}:${start}:${end}`;
    if (seen.has(key)) return;
    seen.add(key);
    marks.push({ start, end, rank: RANK.role, tag: 'span', className: role, attrs: [['title', title]] });
  };
  for (const quote of quotes) {
    const { speaker, cue, source } = quote;
    if (speaker) add('spk', speaker.start, speaker.end, `المتحدث: ${speaker.name}`);
    if (source) add('src', source.start, source.end, `المصدر: ${source.name}`);
    if (cue) add('cue', cue.start, cue.end, `فعل القول: ${cue.text} (${cue.lemma})`);
  }
  return marks;
}

/** Every span of the analysis that the report marks in the text. */
export function analysisMarks(analysis: Analysis): MarkSpan[] {
  return [...analysis.quotes.map(quoteMark), ...roleMarks(analysis.quotes), ...analysis.entities.map(entityMark)];
}
