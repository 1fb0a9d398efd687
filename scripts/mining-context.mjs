// What the ANERcorp miner must know about the shipped lexicons: the names they have already, the words
// never to mine alone, and the gender of given names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalize } from '../dist/esm/index.js';
import { SHIPPED_ENTITY_FILES } from '../dist/esm/lexicon/resources.js';
import { root } from './lib.mjs';

export function miningContext() {
  const known = new Set();
  for (const file of SHIPPED_ENTITY_FILES.filter((f) => f !== 'anercorp.jsonl')) {
    let text;
    try {
      text = readFileSync(join(root, 'lexicons', file), 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n')) {
      if (!line.startsWith('{')) continue;
      const e = JSON.parse(line);
      for (const n of [e.name, ...(e.variants ?? []), ...(e.nisba ?? [])]) known.add(normalize(n));
    }
  }
  const skip = new Set();
  for (const file of ['function-words.txt', 'common-words.txt']) {
    for (const line of readFileSync(join(root, 'lexicons', file), 'utf8').split('\n')) if (line && !line.startsWith('#')) skip.add(normalize(line.trim()));
  }
  const genders = new Map();
  for (const line of readFileSync(join(root, 'lexicons/given-names.jsonl'), 'utf8').split('\n')) {
    if (!line.startsWith('{')) continue;
    const g = JSON.parse(line);
    skip.add(normalize(g.name));
    genders.set(normalize(g.name), g.gender);
  }
  return { known, skip, genderOf: (w) => genders.get(w) ?? 'm' };
}
