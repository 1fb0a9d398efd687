// Reading lexicon files: JSONL, one entry a line; blank lines and `//` comments are skipped.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KhabarError } from '../errors.js';
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

export function readJsonlFile<T>(path: string, check: (value: unknown, origin: Origin) => T): T[] {
  let text: string;
  try {
    if (statSync(path).isDirectory()) throw new Error('is a directory');
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new KhabarError('E_LEXICON', `${path}: cannot read lexicon file (${(error as Error).message})`, { cause: error });
  }
  return parseJsonl(text, path, check);
}

let lexiconDir: string | undefined;

/** The package's own lexicons/ folder: found by walking up from this module (src/ or dist/). */
export function shippedLexiconDir(): string {
  if (lexiconDir) return lexiconDir;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'lexicons');
    if (existsSync(join(candidate, 'SCHEMA.md'))) return (lexiconDir = candidate);
    dir = dirname(dir);
  }
  throw new KhabarError('E_LEXICON', 'cannot find the lexicons/ folder of the khabar package');
}
