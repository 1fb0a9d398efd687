// Marked-up text from possibly nested, touching or crossing spans. The text is cut at every span
// boundary and line break; each piece is written once, escaped, inside the spans active over it.
// Crossing spans cannot nest in HTML, so the one of higher rank (inner) is closed and reopened as a
// continuation piece (class "cont"); properly nested spans are never split.

import { escapeHtml } from './escape.js';

/** A span to mark, in UTF-16 offsets of the text, end exclusive. */
export interface MarkSpan {
  start: number;
  end: number;
  /** Nesting layer: a lower rank is always outside a higher one. */
  rank: number;
  tag: 'mark' | 'span';
  className: string;
  /** Attribute names are the renderer's own; values are escaped here. */
  attrs: ReadonlyArray<readonly [name: string, value: string]>;
}

interface Live {
  span: MarkSpan;
  start: number;
  end: number;
  order: number;
}

/** Outer before inner: by rank, then the earlier start, then the longer span, then input order. */
function outerFirst(a: Live, b: Live): number {
  return a.span.rank - b.span.rank || a.start - b.start || b.end - a.end || a.order - b.order;
}

function openTag(live: Live, continued: boolean): string {
  const { tag, className, attrs } = live.span;
  let html = `<${tag} class="${escapeHtml(continued ? `${className} cont` : className)}"`;
  for (const [name, value] of attrs) html += ` ${name}="${escapeHtml(value)}"`;
  return `${html}>`;
}

/**
 * The text as HTML: one `<p>` per line (the `\n` characters stay between the paragraphs), the spans as
 * elements. Removing the tags and unescaping gives back the text exactly (NUL shows as U+FFFD).
 */
export function renderMarkedText(text: string, spans: readonly MarkSpan[]): string {
  const n = text.length;
  const clamp = (x: number): number => (Number.isFinite(x) ? Math.min(Math.max(Math.trunc(x), 0), n) : 0);
  const lives: Live[] = [];
  spans.forEach((span, order) => {
    const start = clamp(span.start);
    const end = clamp(span.end);
    if (start < end) lives.push({ span, start, end, order });
  });

  const cutSet = new Set<number>([0, n]);
  for (const live of lives) cutSet.add(live.start).add(live.end);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) cutSet.add(i).add(i + 1);
  const cuts = [...cutSet].sort((a, b) => a - b);

  const byStart = [...lives].sort((a, b) => a.start - b.start);
  const byEnd = [...lives].sort((a, b) => a.end - b.end);
  const active = new Set<Live>();
  const opened = new Set<Live>();
  const stack: Live[] = [];
  const out: string[] = [];
  let inParagraph = false;
  let nextStart = 0;
  let nextEnd = 0;

  const closeDownTo = (depth: number): void => {
    while (stack.length > depth) out.push(`</${stack.pop()!.span.tag}>`);
  };

  for (let k = 0; k + 1 < cuts.length; k++) {
    const a = cuts[k]!;
    const b = cuts[k + 1]!;
    while (nextEnd < byEnd.length && byEnd[nextEnd]!.end <= a) active.delete(byEnd[nextEnd++]!);
    while (nextStart < byStart.length && byStart[nextStart]!.start <= a) {
      const live = byStart[nextStart++]!;
      if (live.end > a) active.add(live);
    }

    if (text.charCodeAt(a) === 10) {
      // A line break (a piece of its own): outside every element, between paragraphs.
      closeDownTo(0);
      if (inParagraph) out.push('</p>');
      inParagraph = false;
      out.push('\n');
      continue;
    }
    if (!inParagraph) out.push('<p>');
    inParagraph = true;

    const wanted = [...active].sort(outerFirst);
    let keep = 0;
    while (keep < stack.length && keep < wanted.length && stack[keep] === wanted[keep]) keep++;
    closeDownTo(keep);
    for (let j = keep; j < wanted.length; j++) {
      const live = wanted[j]!;
      // Only the first element of a span is the span; later pieces (after a line break or a crossing) continue it.
      out.push(openTag(live, opened.has(live)));
      opened.add(live);
      stack.push(live);
    }
    out.push(escapeHtml(text.slice(a, b)));
  }
  closeDownTo(0);
  if (inParagraph) out.push('</p>');
  return out.join('');
}
