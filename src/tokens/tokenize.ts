// tokenize: the public view of the token table, one object per token.

import { assertText } from '../errors.js';
import { normalizeTable, optionMask, type NormalizeOptions } from '../text/tables.js';
import { TOKEN_KINDS, scanTokenObjects, type TokenKind, type TokenTable } from './scan.js';

export type { TokenKind } from './scan.js';

/** A token: an exact span of the input with its normalized form. */
export interface Token {
  /** Exactly `input.slice(start, end)`. */
  text: string;
  /** UTF-16 offset of the first character in the input. */
  start: number;
  /** UTF-16 offset after the last character (exclusive). */
  end: number;
  /** The normalized form (see `normalize`). */
  norm: string;
  kind: TokenKind;
}

export interface TokenizeOptions {
  /** Normalization used for `norm` (every step on by default). */
  normalize?: NormalizeOptions;
}

/**
 * Splits text into words, numbers, punctuation, symbols, Latin words, URLs, emails, hashtags, mentions
 * and emoji, each with exact offsets into the input and a normalized form.
 *
 * @example tokenize('وصلت إس-400 إلى أنقرة.').map(t => t.text) // ['وصلت', 'إس-400', 'إلى', 'أنقرة', '.']
 */
export function tokenize(text: string, options?: TokenizeOptions): Token[] {
  assertText(text, 'tokenize');
  return scanTokenObjects(text, normalizeTable(optionMask(options?.normalize)));
}

/** The Token objects of a token table (tokenize makes the same ones without the table: scan.ts, objects). */
export function tokenObjects(table: TokenTable): Token[] {
  const { text, starts, ends, kinds, norms, changed } = table;
  const tokens = new Array<Token>(table.count);
  for (let i = 0; i < table.count; i++) {
    const start = starts[i];
    const end = ends[i];
    const norm = norms[i];
    // an unchanged token's norm is its own text: one string for both
    tokens[i] = { text: changed[i] ? text.slice(start, end) : norm, start, end, norm, kind: TOKEN_KINDS[kinds[i]] };
  }
  return tokens;
}
