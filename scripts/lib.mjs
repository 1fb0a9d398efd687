// Helpers shared by the lexicon builders (run by hand after `npm run build`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize } from '../dist/esm/index.js';

export const root = join(fileURLToPath(import.meta.url), '../..');
export const shared = join(root, '../shared');

/** ASCII slug for ids: lowercase letters, digits and underscores. */
export function slug(s) {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .slice(0, 60);
}

/** ANERcorp training split as sentences of [token, tag]. */
export function readAnercorp() {
  const text = readFileSync(join(shared, 'data/anercorp/train.txt'), 'utf8');
  const sentences = [];
  let current = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t) {
      if (current.length) sentences.push(current);
      current = [];
      continue;
    }
    const i = t.lastIndexOf(' ');
    current.push([t.slice(0, i), t.slice(i + 1)]);
  }
  if (current.length) sentences.push(current);
  return sentences;
}

export { normalize };
