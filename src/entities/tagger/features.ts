// Features of the statistical tagger, as 32-bit hashes: no strings are built per feature, so scoring a
// token costs a few integer mixes and table probes.

import { K_LATIN, K_NUMBER, K_PUNCT, K_WORD } from '../../tokens/scan.js';
import type { DocTokens, Mention } from '../layers.js';
import type { Resources } from '../../lexicon/resources.js';
import { firstReadings } from '../../lexicon/clitics.js';
import { titleEnd } from '../rules.js';
import { edgeKey } from '../../lexicon/compile.js';

/** FNV-1a over a string's UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes a template number and up to two values into one feature hash. */
export function feature(template: number, a: number, b = 0): number {
  let h = Math.imul(template + 0x9e3779b9, 0x85ebca6b) ^ a;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Labels the tagger predicts (MISC is learned so that it is not confused with the others). */
export const LABELS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];

// Templates (stable numbers: they are part of the trained model).
const T = {
  word: 1, stem: 2, prev: 3, next: 4, prev2: 5, next2: 6, suffix3: 7, prefix3: 8, suffix2: 9, shape: 10,
  lex: 11, lexPrev: 12, lexNext: 13, gaz: 14, given: 15, givenPrev: 16, afterTitle: 17, func: 18,
  prevLabel: 19, prevLabelWord: 20, prev2Labels: 21, common: 22, stemSuffix: 23, nextGaz: 24, prevStem: 25,
  nextStem: 26, prevWordWord: 27, definite: 28, lexWord: 29,
} as const;

export const PREV_LABEL_TEMPLATES = { prevLabel: T.prevLabel, prevLabelWord: T.prevLabelWord, prev2Labels: T.prev2Labels };

/** Per-token values computed once per document; features are mixed from these. */
export interface TokenFacts {
  word: Uint32Array;
  stem: Uint32Array;
  /** Static features of each token (without the previous-label ones), `perToken` slots each. */
  features: Uint32Array;
  perToken: number;
}

const PER_TOKEN = 26;

function stemOf(norm: string, res: Resources): string {
  // the reading without proclitics that the lexicon or the given names know, else without و/ال
  for (const r of firstReadings(norm)) {
    if (res.lexicon.vocab.has(r.key) || res.givenNames.has(r.key)) return r.key;
  }
  let s = norm;
  if ((s.startsWith('و') || s.startsWith('ف')) && s.length > 3) s = s.slice(1);
  if (s.startsWith('ال') && s.length > 3) s = s.slice(2);
  return s;
}

/** The type of a single-token lexicon name (even an ambiguous one), for a gazetteer feature. */
function gazetteerType(key: string, res: Resources): number {
  const id = res.lexicon.vocab.get(key);
  if (id === undefined) return 0;
  const node = res.lexicon.edges.get(edgeKey(0, id));
  if (node === undefined) return 0;
  const readings = res.lexicon.readings[node];
  if (!readings || readings.length === 0) return 1; // starts a longer name
  const r = readings[0];
  const type = res.lexicon.entries[r.entry].type;
  return r.form === 'adjective' ? 9 : 2 + ['PERSON', 'ORGANIZATION', 'COUNTRY', 'CITY', 'LOCATION', 'WEAPON'].indexOf(type);
}

/** The lexicon/rule tag of each token: 0 none, else 1 + 2·type + (inside ? 1 : 0); adjectives 20. */
function mentionTags(count: number, mentions: readonly Mention[]): Uint8Array {
  const tags = new Uint8Array(count);
  const types = ['PERSON', 'ORGANIZATION', 'COUNTRY', 'CITY', 'LOCATION', 'WEAPON'];
  for (const m of mentions) {
    for (let t = m.first; t <= m.last; t++) {
      tags[t] = m.form === 'adjective' ? 20 : 1 + 2 * types.indexOf(m.type) + (t > m.first ? 1 : 0) + (m.source === 'rule' ? 12 : 0);
    }
  }
  return tags;
}

export function tokenFacts(doc: DocTokens, mentions: readonly Mention[], res: Resources): TokenFacts {
  const { table } = doc;
  const n = table.count;
  const word = new Uint32Array(n);
  const stem = new Uint32Array(n);
  const gaz = new Uint8Array(n);
  const given = new Uint8Array(n);
  const stems: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const norm = table.norms[i];
    word[i] = hashString(norm);
    if (table.kinds[i] === K_WORD) {
      const s = stemOf(norm, res);
      stems[i] = s;
      stem[i] = hashString(s);
      gaz[i] = Math.max(gazetteerType(norm, res), gazetteerType(s, res));
      const g = res.givenNames.get(s) ?? res.givenNames.get(norm);
      given[i] = g ? (g.common_word ? 2 : 1) : 0;
    } else {
      stems[i] = norm;
      stem[i] = word[i];
    }
  }
  const tags = mentionTags(n, mentions);
  const afterTitle = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (table.kinds[i] !== K_WORD) continue;
    const end = titleEnd({ doc, res }, i);
    if (end > 0 && end < n) afterTitle[end] = 1;
  }
  const features = new Uint32Array(n * PER_TOKEN);
  const B = 0x5bd1e995; // stands for "no token" before the start or after the end
  for (let i = 0; i < n; i++) {
    const norm = table.norms[i];
    const kind = table.kinds[i];
    const prevOk = i > 0 && !doc.breakBefore[i];
    const nextOk = i + 1 < n && !doc.breakBefore[i + 1];
    const p = prevOk ? word[i - 1] : B;
    const q = nextOk ? word[i + 1] : B;
    const s = stems[i];
    const shape = kind === K_WORD ? (norm.startsWith('ال') ? 1 : 2) : kind === K_LATIN ? 3 : kind === K_NUMBER ? 4 : kind === K_PUNCT ? 5 : 6;
    let k = i * PER_TOKEN;
    const f = features;
    f[k++] = feature(0, 0); // bias
    f[k++] = feature(T.word, word[i]);
    f[k++] = feature(T.stem, stem[i]);
    f[k++] = feature(T.prev, p);
    f[k++] = feature(T.next, q);
    f[k++] = feature(T.prev2, i > 1 && prevOk && !doc.breakBefore[i - 1] ? word[i - 2] : B);
    f[k++] = feature(T.next2, i + 2 < n && nextOk && !doc.breakBefore[i + 2] ? word[i + 2] : B);
    f[k++] = feature(T.suffix3, hashString(norm.slice(-3)));
    f[k++] = feature(T.prefix3, hashString(norm.slice(0, 3)));
    f[k++] = feature(T.suffix2, hashString(norm.slice(-2)));
    f[k++] = feature(T.stemSuffix, hashString(s.slice(-2)), shape);
    f[k++] = feature(T.shape, shape, Math.min(norm.length, 8));
    f[k++] = feature(T.lex, tags[i]);
    f[k++] = feature(T.lexPrev, prevOk ? tags[i - 1] : 99);
    f[k++] = feature(T.lexNext, nextOk ? tags[i + 1] : 99);
    f[k++] = feature(T.gaz, gaz[i]);
    f[k++] = feature(T.nextGaz, nextOk ? gaz[i + 1] : 99);
    f[k++] = feature(T.given, given[i]);
    f[k++] = feature(T.givenPrev, prevOk ? given[i - 1] : 99);
    f[k++] = feature(T.afterTitle, afterTitle[i]);
    f[k++] = feature(T.func, res.functionWords.has(norm) ? 1 : res.speechVerbForms.has(norm) ? 2 : 0);
    f[k++] = feature(T.common, res.commonWords.has(norm) ? 1 : res.commonWords.has(s) ? 2 : 0);
    f[k++] = feature(T.prevStem, prevOk ? stem[i - 1] : B);
    f[k++] = feature(T.nextStem, nextOk ? stem[i + 1] : B);
    f[k++] = feature(T.prevWordWord, p, word[i]);
    f[k++] = feature(T.lexWord, tags[i], stem[i]);
    void T.definite;
  }
  return { word, stem, features, perToken: PER_TOKEN };
}

/** The features that depend on the labels already predicted before token i. */
export function labelFeatures(prev: number, prev2: number, word: number, out: Uint32Array): void {
  out[0] = feature(T.prevLabel, prev);
  out[1] = feature(T.prevLabelWord, prev, word);
  out[2] = feature(T.prev2Labels, prev, prev2);
}
