// Lexicon files: JSONL, one entry a line; blank lines and `//` comments are skipped. Reading a file by
// its path is Node's part (platform/node/data.ts); this parses the text wherever it came from.

import { lexiconError, type Origin } from './schema.js';

/** Parses JSONL text, calling `check` on every record with its origin. */
export function parseJsonl<T>(text: string, file: string, check: (value: unknown, origin: Origin) => T): T[] {
  const out: T[] = [];
  let line = 0;
  let start = 0;
  if (text.charCodeAt(0) === 0xfeff) start = 1; // a BOM is tolerated
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    const raw = text.slice(start, end).trim();
    start = end + 1;
    if (raw === '' || raw.startsWith('//')) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw lexiconError({ file, line }, null, `is not valid JSON (${(error as Error).message})`);
    }
    out.push(check(value, { file, line }));
  }
  return out;
}
