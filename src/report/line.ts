// Terminal lines made of styled pieces, written in logical order or (with `shape`) in visual order,
// with ANSI colours or without. Document text never reaches the terminal raw: control characters
// (ESC and the rest of C0, DEL, C1) become visible symbols, so an article cannot move the cursor,
// retitle the window or clear the screen.

import { toVisual, type Direction } from './visual.js';

/** A run of text with an SGR style (`'1'`, `'2;94'` …), or none. */
export interface Piece {
  text: string;
  style?: string;
}

export interface Line {
  /** Written first, never reordered (indentation, numbering). */
  indent?: string;
  pieces: Piece[];
  /** The paragraph direction for reordering: `auto` for document text, `ltr` for the report's own lines. */
  direction?: Direction;
}

export interface LineOptions {
  shape: boolean;
  color: boolean;
}

/** C0 controls to their Control Pictures (U+2400…), DEL to ␡, C1 to U+FFFD; tab, CR and LF to a space. */
export function terminalSafe(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && (code < 0x7f || code > 0x9f)) continue;
    let safe: string;
    if (code === 9 || code === 10 || code === 13) safe = ' ';
    else if (code < 0x20) safe = String.fromCharCode(0x2400 + code);
    else safe = code === 0x7f ? '\u2421' : '\uFFFD';
    out += text.slice(from, i) + safe;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

function sgr(text: string, style: string | undefined, color: boolean): string {
  return color && style && text ? `\x1b[${style}m${text}\x1b[0m` : text;
}

/** One line of output, without its line break. */
export function renderLine(line: Line, options: LineOptions): string {
  const pieces = line.pieces.map((p) => ({ text: terminalSafe(p.text), style: p.style }));
  const indent = line.indent ?? '';
  if (!options.shape) return indent + pieces.map((p) => sgr(p.text, p.style, options.color)).join('');

  const logical = pieces.map((p) => p.text).join('');
  const styleAt: (string | undefined)[] = [];
  for (const p of pieces) for (let i = 0; i < p.text.length; i++) styleAt.push(p.style);
  const visual = toVisual(logical, line.direction ?? 'ltr');
  // Consecutive display characters with the same style form one coloured run.
  let out = indent;
  let run = '';
  let runStyle: string | undefined;
  for (let i = 0; i < visual.text.length; i++) {
    const style = styleAt[visual.from[i]!];
    if (style !== runStyle) {
      out += sgr(run, runStyle, options.color);
      run = '';
      runStyle = style;
    }
    run += visual.text[i];
  }
  return out + sgr(run, runStyle, options.color);
}
