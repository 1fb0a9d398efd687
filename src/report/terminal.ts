// The `pretty` format: an analysis to read in a terminal. Counts, then each sentence with its entities
// marked (ANSI colours, or [text|TYPE] brackets without colour), then the entities, then the quotes.
// Document text stays in logical order unless `shape` asks for presentation forms and visual order.

import type { Analysis, Entity, Quote } from '../types.js';
import { ENTITY_TYPES, kindLabel, resolutionLabel } from './labels.js';
import { renderLine, type Line, type Piece } from './line.js';

export interface PrettyOptions {
  /** Shape Arabic and reorder each line for display (for terminals that do neither). */
  shape?: boolean;
  /** ANSI colours. */
  color?: boolean;
}

const COLORS: Readonly<Record<string, string>> = {
  PERSON: '95',
  ORGANIZATION: '92',
  COUNTRY: '94',
  CITY: '96',
  LOCATION: '93',
  WEAPON: '91',
};
const BOLD = '1';
const DIM = '2';
const CUE = '4';

const entityStyle = (entity: Entity): string => {
  const color = COLORS[entity.type] ?? '97';
  return entity.form === 'name' ? color : `${DIM};${color}`;
};
const typeTag = (entity: Entity): string => (entity.form === 'adjective' ? `${entity.type}/adj` : entity.form === 'description' ? `${entity.type}/desc` : entity.type);
const plain = (text: string): Piece => ({ text });
const dim = (text: string): Piece => ({ text, style: DIM });

/** Entities in order, without overlaps (an analysis has none; a hand-made one might). */
function ordered(entities: readonly Entity[]): Entity[] {
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Entity[] = [];
  let end = -1;
  for (const entity of sorted) {
    if (entity.start >= end && entity.start < entity.end) {
      kept.push(entity);
      end = entity.end;
    }
  }
  return kept;
}

/** The sentences, or the non-empty lines when the analysis was made without them. */
function sentenceSpans(text: string, analysis: Analysis): { start: number; end: number }[] {
  if (analysis.sentences.length) return analysis.sentences;
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) spans.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return spans;
}

/** The entities of each sentence, in one pass over both sorted lists. */
function bySentence(spans: readonly { start: number; end: number }[], entities: readonly Entity[]): Entity[][] {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start);
  const groups: Entity[][] = spans.map(() => []);
  let next = 0;
  for (const i of order) {
    const span = spans[i]!;
    while (next < entities.length && entities[next]!.start < span.start) next++;
    while (next < entities.length && entities[next]!.start < span.end) groups[i]!.push(entities[next++]!);
  }
  return groups;
}

function sentencePieces(text: string, span: { start: number; end: number }, entities: readonly Entity[], color: boolean): Piece[] {
  const pieces: Piece[] = [];
  let at = span.start;
  for (const entity of entities) {
    const end = Math.min(entity.end, span.end);
    if (entity.start > at) pieces.push(plain(text.slice(at, entity.start)));
    const mention = text.slice(entity.start, end);
    if (color) pieces.push({ text: mention, style: entityStyle(entity) });
    else pieces.push(plain('['), plain(mention), dim(`|${typeTag(entity)}]`));
    at = end;
  }
  if (span.end > at) pieces.push(plain(text.slice(at, span.end)));
  return pieces;
}

const heading = (title: string): Line => ({ pieces: [{ text: title, style: BOLD }] });
const blank: Line = { pieces: [] };

function entityLines(entities: readonly Entity[], color: boolean): Line[] {
  const width = Math.max(0, ...entities.map((e) => typeTag(e).length));
  return entities.map((entity) => ({
    indent: '  ',
    pieces: [
      { text: typeTag(entity), style: color ? entityStyle(entity) : undefined },
      plain(' '.repeat(width - typeTag(entity).length + 2)),
      plain(entity.text),
      dim('  name: '),
      plain(entity.name),
      dim('  id: '),
      plain(entity.id),
      dim(`  ${entity.source} ${entity.start}-${entity.end}`),
    ],
  }));
}

function quoteLines(quote: Quote, number: number): Line[] {
  const indent = ' '.repeat(String(number).length + 4);
  const { speaker, cue, source } = quote;
  const who: Piece[] = speaker
    ? [dim('speaker: '), { text: speaker.name, style: BOLD }, dim(` (${speaker.resolution}: ${resolutionLabel(speaker.resolution)})`)]
    : [dim('speaker: '), plain('-')];
  if (speaker?.entityId) who.push(dim('  id: '), plain(speaker.entityId));
  if (speaker?.text !== undefined) who.push(dim('  mention: '), plain(speaker.text));
  const details: Piece[] = [dim('cue: ')];
  details.push(...(cue ? [{ text: cue.text, style: CUE }, dim(` (${cue.lemma})`)] : [plain('-')]));
  details.push(dim('  source: '), plain(source ? source.name : '-'));
  if (source && source.text !== source.name) details.push(dim(' ('), plain(source.text), dim(')'));
  return [
    // Offsets before the Arabic label: after Arabic letters, the bidi algorithm would read them as Arabic numbers.
    { indent: `  ${number}. `, pieces: [{ text: quote.kind, style: BOLD }, dim(` ${quote.start}-${quote.end} · `), plain(kindLabel(quote.kind))] },
    { indent, pieces: who },
    { indent, pieces: details },
    { indent, pieces: [plain(`«${quote.text}»`)], direction: 'auto' },
  ];
}

/** The analysis as text for a terminal; lines end with `\n`. */
export function renderPretty(text: string, analysis: Analysis, options: PrettyOptions = {}): string {
  const color = options.color ?? false;
  const entities = ordered(analysis.entities);
  const sentences = sentenceSpans(text, analysis);
  const lines: Line[] = [
    { pieces: [{ text: 'khabar', style: BOLD }, plain(`  language: ${analysis.language}`)] },
    {
      indent: '  ',
      pieces: [plain(`${analysis.tokens.length} tokens · ${sentences.length} sentences · ${analysis.entities.length} entities · ${analysis.quotes.length} quotes`)],
    },
  ];
  if (color) {
    lines.push({ indent: '  ', pieces: ENTITY_TYPES.flatMap((type, i) => [plain(i ? ' ' : ''), { text: type, style: COLORS[type] }]) });
  }

  lines.push(blank, heading('Sentences'));
  const numberWidth = String(sentences.length).length;
  const groups = bySentence(sentences, entities);
  sentences.forEach((span, i) => {
    lines.push({ indent: `  ${String(i + 1).padStart(numberWidth)}  `, pieces: sentencePieces(text, span, groups[i]!, color), direction: 'auto' });
  });

  lines.push(blank, heading(`Entities (${analysis.entities.length})`), ...entityLines(analysis.entities, color));
  lines.push(blank, heading(`Quotes (${analysis.quotes.length})`));
  analysis.quotes.forEach((quote, i) => lines.push(...quoteLines(quote, i + 1)));

  const render = { shape: options.shape ?? false, color };
  return lines.map((line) => renderLine(line, render)).join('\n') + '\n';
}
