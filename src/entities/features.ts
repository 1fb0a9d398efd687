// Features of the sequence model, as 32-bit hashes. A token's first-stage features come in two kinds:
//  - type features: facts about a word type (the word, its stem, affixes, shape, what the lexicons say
//    of it), for the token itself and for each of its neighbours by position. They are the same
//    wherever the word occurs, so the tagger sums their weights once per word type (scorer.ts);
//  - evidence features: what the gazetteer, the rules and the alias linker found at this token in this
//    document, the word pairs around it, and where it stands (quoted, in a dateline, in a sports report).
// The second stage adds document features: what the first stage found for the same word elsewhere.
// Training (scripts/train-ner.mjs) reads the same functions, so training and tagging cannot drift apart.

import { K_LATIN, K_NUMBER, K_PUNCT, K_WORD } from '../tokens/scan.js';
import { edgeKey } from '../lexicon/compile.js';
import type { Lexeme } from '../lexicon/lexemes.js';
import type { Resources } from '../lexicon/resources.js';
import { W } from '../lexicon/word-class.js';
import type { DocTokens, Mention, RuleKind } from './layers.js';
import type { DocContext } from './context.js';
import { Int32Scratch, Uint32Scratch, Uint8Scratch } from '../scratch.js';

// work arrays of tokenFlags and documentFeatures, reused between documents (scratch.ts)
const FLAGS = new Uint8Scratch();
const CODES = new Int32Scratch();
const AFTER_TITLE = new Uint8Scratch();
const STEM_SLOTS = new Int32Scratch();
const STEM_KEYS = new Uint32Scratch();
const STEM_INDEX = new Int32Scratch();
const STEM_COUNTS = new Int32Scratch();
const STEM_NAMED = new Int32Scratch();
const DOC_OFFSETS = new Int32Scratch();
const DOC_FEATS = new Uint32Scratch();

/** The labels: BIO over the classes of ANERcorp (MISC is learned so that it is not confused with the rest). */
export const LABELS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];
export const LABEL_COUNT = LABELS.length;

/** FNV-1a over a string's UTF-16 code units. */
export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

/** hashString(s.slice(from, to)), without making the slice. */
function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The hash of the last k code units of s (s.slice(-k)), and of the first k (s.slice(0, k)). */
const suffixHash = (s: string, k: number): number => hashRange(s, Math.max(0, s.length - k), s.length);
const prefixHash = (s: string, k: number): number => hashRange(s, 0, Math.min(k, s.length));

/** Mixes a template number and up to two values into one feature hash (never 0: 0 marks an empty slot). */
export function feature(template: number, a: number, b = 0): number {
  let h = Math.imul(template + 0x9e3779b9, 0x85ebca6b) ^ a;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0 || 1;
}

// Template numbers are part of a trained model: add new ones, never renumber.
const T = {
  bias: 1, word: 2, stem: 3, suffix1: 4, suffix2: 5, suffix3: 6, prefix2: 7, prefix3: 8, shape: 9, gaz: 10,
  cls: 11, given: 12, stemSuffix2: 13, prefix1: 14, suffix4: 15, prefix4: 16, stemPrefix2: 17,
  // a neighbour's type (the template plus 100 × its role)
  ctxWord: 20, ctxStem: 21, ctxCls: 22, ctxGaz: 23, ctxShape: 24, ctxGiven: 25, ctxSuffix2: 26,
  // token evidence
  lex: 40, lexWord: 41, lexPrev: 42, lexNext: 43, bigramPrev: 44, bigramNext: 45, afterTitle: 46, lineStart: 47,
  quoted: 48, dateline: 50, sports: 51,
  // document evidence (second stage)
  docClass: 60, docSurname: 61, docFirstName: 62, docLex: 63, firstStage: 64, firstStageWord: 65, docCount: 66, docEvidence: 67, docEvidenceSurname: 68,
} as const;

const B = 0x5bd1e995; // stands for "no token" before the start or after the end of a line

/** Roles of a word type around a token: itself, one before, one after, two before, two after (the last
 *  two give only the word itself, in pairFeatures). */
export const SELF = 0;
export const PREV = 1;
export const NEXT = 2;
export const PREV2 = 3;
export const NEXT2 = 4;
export const ROLE_COUNT = 5;

/** Word classes worth a feature of their own, in a fixed order (bit k of the class code). */
const CLASS_BITS = [W.FUNCTION, W.COMMON, W.SPEECH, W.TITLE, W.ROLE, W.ORG_HEAD, W.PLACE_HEAD, W.GIVEN, W.GIVEN_COMMON, W.TRIGGER, W.PERSON_WORD, W.ACCORDING, W.INSTITUTION];

const ENTITY_TYPES = ['PERSON', 'ORGANIZATION', 'COUNTRY', 'CITY', 'LOCATION', 'WEAPON'] as const;
const RULES: readonly RuleKind[] = ['title', 'given', 'speech', 'organization', 'institution', 'army', 'place', 'kunya', 'body'];
const ORIGINS = ['curated', 'wikidata-world-cities', 'anercorp'];

/** What the features of one word type are made of. */
export interface WordFacts {
  word: number;
  stem: number;
  /** Class code: the CLASS_BITS the word (or the word after و/ف or ل/ب) has. */
  cls: number;
  /** Lexicon type of the word as a one-word name (0 none, 1 starts a longer name, 2.. a type, 9 a nisba). */
  gaz: number;
  given: number;
  shape: number;
  /** Hash of the word's last two letters (a neighbour's feature). */
  suffix2: number;
  /** The word's own features (the SELF role). */
  self: number[];
}

/** The facts of a token's word type, from its normalized form, kind and lexeme. */
export function wordFacts(norm: string, kind: number, lexeme: Lexeme, res: Resources): WordFacts {
  const word = hashString(norm);
  if (kind !== K_WORD) {
    const shape = kind === K_LATIN ? 3 : kind === K_NUMBER ? 4 : kind === K_PUNCT ? 5 : 6;
    const self = [feature(T.bias, 0), feature(T.shape, shape), kind === K_PUNCT || kind === K_LATIN ? feature(T.word, word) : feature(T.shape, shape, Math.min(norm.length, 6))];
    return { word, stem: word, cls: 0, gaz: 0, given: 0, shape, suffix2: word, self };
  }
  const stemText = stemOf(norm, lexeme.stems, res);
  const stem = hashString(stemText);
  let cls = 0;
  const bits = lexeme.cls | lexeme.conjCls | lexeme.prepCls;
  for (let k = 0; k < CLASS_BITS.length; k++) if (bits & CLASS_BITS[k]) cls |= 1 << k;
  const gaz = Math.max(gazetteerType(norm, res), stemText === norm ? 0 : gazetteerType(stemText, res));
  const g = res.givenNames.get(stemText) ?? res.givenNames.get(norm);
  const given = g ? (g.common_word ? 3 : g.gender === 'f' ? 2 : 1) : 0;
  const definite = norm.startsWith('ال') ? 1 : 0;
  const suffix2 = suffixHash(norm, 2);
  const shape = 1 + definite + 2 * Math.min(stemText.length, 7);
  const self = [
    feature(T.bias, 0),
    feature(T.word, word),
    feature(T.stem, stem),
    feature(T.suffix1, suffixHash(norm, 1)),
    feature(T.suffix2, suffix2),
    feature(T.suffix3, suffixHash(norm, 3)),
    feature(T.prefix1, prefixHash(norm, 1)),
    feature(T.prefix2, prefixHash(norm, 2)),
    feature(T.prefix3, prefixHash(norm, 3)),
    feature(T.stemSuffix2, suffixHash(stemText, 2)),
    feature(T.suffix4, suffixHash(norm, 4)),
    feature(T.prefix4, prefixHash(norm, 4)),
    feature(T.stemPrefix2, prefixHash(stemText, 2)),
    feature(T.shape, shape),
    feature(T.gaz, gaz),
    feature(T.given, given),
  ];
  for (let k = 0; k < CLASS_BITS.length; k++) if (cls & (1 << k)) self.push(feature(T.cls, k));
  if (cls === 0) self.push(feature(T.cls, 99));
  return { word, stem, cls, gaz, given, shape, suffix2, self };
}

/** The features of a word type (null: no token, past a line's edge) as a token (SELF), or as the token before (PREV) or after (NEXT) one. */
export function typeFeatures(f: WordFacts | null, role: number, out: number[]): void {
  if (role === SELF) {
    if (f) for (const h of f.self) out.push(h);
    return;
  }
  const at = 100 * role;
  out.push(feature(T.ctxWord + at, f ? f.word : B));
  out.push(feature(T.ctxStem + at, f ? f.stem : B));
  out.push(feature(T.ctxCls + at, f ? f.cls : 0xffff));
  out.push(feature(T.ctxGaz + at, f ? f.gaz : 99));
  out.push(feature(T.ctxShape + at, f ? f.shape : 99));
  out.push(feature(T.ctxGiven + at, f ? f.given : 99));
  out.push(feature(T.ctxSuffix2 + at, f ? f.suffix2 : B));
}

/** The reading of a word without proclitics that the lexicons know, else without و/ف and the article. */
function stemOf(norm: string, stems: readonly { key: string; strip: number }[], res: Resources): string {
  for (const r of stems) if (res.lexicon.vocab.has(r.key) || res.givenNames.has(r.key)) return r.key;
  let s = norm;
  if ((s.charCodeAt(0) === 0x0648 || s.charCodeAt(0) === 0x0641) && s.length > 3) s = s.slice(1);
  if (s.startsWith('ال') && s.length > 4) s = s.slice(2);
  else if ((s.startsWith('بال') || s.startsWith('لل')) && s.length > 5) s = s.slice(s.startsWith('لل') ? 2 : 3);
  return s;
}

/** The type of a one-word lexicon name (even an ambiguous one), as a small code for a feature. */
function gazetteerType(key: string, res: Resources): number {
  const id = res.lexicon.vocab.get(key);
  if (id === undefined) return 0;
  const node = res.lexicon.edges.get(edgeKey(0, id));
  if (node === undefined) return 0;
  const readings = res.lexicon.readings.at(node);
  if (!readings || readings.length === 0) return 1; // starts a longer name
  const r = readings[0];
  if (r.form === 'adjective') return 9;
  const entry = res.lexicon.entries[r.entry];
  return 2 + ENTITY_TYPES.indexOf(entry.type) + (entry.ambiguous ? 10 : 0);
}

/**
 * The evidence code of a mention at token t: its position (single, begin, inside, end), what it is
 * (a type, an adjective, a description) and who proposed it (a lexicon's origin, a rule, the alias linker).
 */
function evidenceCode(m: Mention, t: number, res: Resources): number {
  const position = m.first === m.last ? 0 : t === m.first ? 1 : t === m.last ? 3 : 2;
  const what = m.form === 'adjective' ? 7 : m.form === 'description' ? 8 : ENTITY_TYPES.indexOf(m.type) + 1;
  let who: number;
  if (m.source === 'alias') who = 1;
  else if (m.source === 'rule') who = 2 + RULES.indexOf(m.rule ?? 'title');
  else {
    const entry = m.entry >= 0 ? res.lexicon.entries[m.entry] : undefined;
    const origin = entry ? ORIGINS.indexOf(entry.source) : -1;
    who = 12 + (origin < 0 ? 3 : origin) + (entry?.ambiguous ? 4 : 0);
  }
  return 1 + position + 4 * (what + 9 * who);
}

/** Per-document evidence: each token's evidence code (0: none), and the tokens right after a title.
 *  Valid until the next call of tokenEvidence (reused arrays). */
export interface TokenEvidence {
  codes: Int32Array;
  afterTitle: Uint8Array;
}

export function tokenEvidence(doc: DocTokens, evidence: readonly Mention[], res: Resources): TokenEvidence {
  const n = doc.table.count;
  const codes = CODES.take(n, 0);
  for (const m of evidence) for (let t = m.first; t <= m.last; t++) codes[t] = evidenceCode(m, t, res);
  const afterTitle = AFTER_TITLE.take(n);
  for (let i = 0; i < n; i++) {
    if (!((doc.wordClass[i] | doc.conjClass[i]) & W.TITLE)) continue;
    const end = titleEndAt(doc, res, i);
    if (end > 0 && end < n) afterTitle[end] = 1;
  }
  return { codes, afterTitle };
}

/** The neighbour of token i at a role, or -1 past the edge of its line. */
export function neighbour(doc: DocTokens, i: number, role: number): number {
  const n = doc.table.count;
  const breaks = doc.breakBefore;
  switch (role) {
    case PREV:
      return i > 0 && !breaks[i] ? i - 1 : -1;
    case NEXT:
      return i + 1 < n && !breaks[i + 1] ? i + 1 : -1;
    case PREV2:
      return i > 1 && !breaks[i] && !breaks[i - 1] ? i - 2 : -1;
    case NEXT2:
      return i + 2 < n && !breaks[i + 1] && !breaks[i + 2] ? i + 2 : -1;
    default:
      return i;
  }
}

/** The feature of an evidence code at a place: the token's own (0), the token before (1), after (2). */
export function codeFeature(place: number, code: number): number {
  return feature(place === 0 ? T.lex : place === 1 ? T.lexPrev : T.lexNext, code);
}

/** Flags of a token, a bit each: after a title, at a line's start, quoted, in a dateline, in a sports report (without and with evidence). */
export const EVIDENCE_FLAGS = 6;
const FLAG_FEATURES = [feature(T.afterTitle, 1), feature(T.lineStart, 1), feature(T.quoted, 1), feature(T.dateline, 1), feature(T.sports, 0), feature(T.sports, 1)];
export const flagFeature = (flag: number): number => FLAG_FEATURES[flag];

/** Each token's flags (bits of EVIDENCE_FLAGS); valid until the next call (a reused array). */
export function tokenFlags(doc: DocTokens, ev: TokenEvidence, context: DocContext): Uint8Array {
  const n = doc.table.count;
  const flags = FLAGS.take(n);
  for (let i = 0; i < n; i++) {
    let bits = 0;
    if (ev.afterTitle[i]) bits |= 1;
    if (neighbour(doc, i, PREV) < 0) bits |= 2;
    if (context.quoted[i]) bits |= 4;
    if (context.dateline[i]) bits |= 8;
    if (context.sports) bits |= ev.codes[i] === 0 ? 16 : 32;
    flags[i] = bits;
  }
  return flags;
}

/** The feature of a word (its stem) with an evidence code on it. */
export const lexWordFeature = (code: number, stem: number): number => feature(T.lexWord, code, stem);

/**
 * The features of each token that depend on more than one type: its word pairs with the words before
 * and after, the words two away, and its own word with the evidence on it (when there is some).
 */
export function pairFeatures(doc: DocTokens, words: ArrayLike<number>, stems: ArrayLike<number>, codes: Int32Array): TokenFeatures {
  const n = doc.table.count;
  const offsets = new Int32Array(n + 1);
  const feats = new Uint32Array(PAIR_FEATURES * n);
  let at = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = at;
    at += tokenPairFeatures(doc, i, words, stems, codes, feats, at);
  }
  offsets[n] = at;
  return { offsets, feats: feats.subarray(0, at) };
}

/** The most features tokenPairFeatures writes for one token. */
export const PAIR_FEATURES = 5;

/** Writes token i's pair features (see pairFeatures) into `out` at `at`; returns how many. */
export function tokenPairFeatures(doc: DocTokens, i: number, words: ArrayLike<number>, stems: ArrayLike<number>, codes: Int32Array, out: Uint32Array, at: number): number {
  // the word pairs and the evidence feature (tokenProbedFeatures), with the words two away between them
  const probed = tokenProbedFeatures(doc, i, words, stems, codes, out, at);
  if (probed === 3) out[at + 4] = out[at + 2];
  const p2 = neighbour(doc, i, PREV2);
  const n2 = neighbour(doc, i, NEXT2);
  out[at + 2] = farWordFeature(PREV2, p2 >= 0 ? words[p2] : null);
  out[at + 3] = farWordFeature(NEXT2, n2 >= 0 ? words[n2] : null);
  return probed + 2;
}

/** The feature of the word two before (PREV2) or two after (NEXT2) a token (null: no token there). It
 *  depends on that word alone, so the tagger sums it per word type like the neighbours' features. */
export function farWordFeature(role: number, word: number | null): number {
  return feature(T.ctxWord + 100 * role, word ?? B);
}

/** The features of tokenPairFeatures that depend on more than one word: the word pairs (always two),
 *  then the word with its evidence (when there is some). Returns how many. */
export function tokenProbedFeatures(doc: DocTokens, i: number, words: ArrayLike<number>, stems: ArrayLike<number>, codes: Int32Array, out: Uint32Array, at: number): number {
  const p1 = neighbour(doc, i, PREV);
  const n1 = neighbour(doc, i, NEXT);
  out[at] = feature(T.bigramPrev, p1 >= 0 ? words[p1] : B, words[i]);
  out[at + 1] = feature(T.bigramNext, words[i], n1 >= 0 ? words[n1] : B);
  if (codes[i] === 0) return 2;
  out[at + 2] = lexWordFeature(codes[i], stems[i]);
  return 3;
}

/** Features of every token of a document, in compressed rows: token i has feats[offsets[i] … offsets[i+1]). */
export interface TokenFeatures {
  offsets: Int32Array;
  feats: Uint32Array;
}

/**
 * Every first-stage feature of every token, in rows, for training: the tagger sums the very same
 * features per word type, per code and per flag instead (scorer.ts).
 */
export function firstStageFeatures(doc: DocTokens, facts: readonly WordFacts[], ev: TokenEvidence, context: DocContext): TokenFeatures {
  const n = doc.table.count;
  const words = facts.map((f) => f.word);
  const stems = facts.map((f, i) => (doc.table.kinds[i] === K_WORD ? f.stem : 0));
  const pairs = pairFeatures(doc, words, stems, ev.codes);
  const flags = tokenFlags(doc, ev, context);
  const offsets = new Int32Array(n + 1);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    offsets[i] = out.length;
    const p1 = neighbour(doc, i, PREV);
    const n1 = neighbour(doc, i, NEXT);
    typeFeatures(facts[i], SELF, out);
    typeFeatures(p1 < 0 ? null : facts[p1], PREV, out);
    typeFeatures(n1 < 0 ? null : facts[n1], NEXT, out);
    out.push(codeFeature(0, ev.codes[i]), codeFeature(1, p1 < 0 ? -1 : ev.codes[p1]), codeFeature(2, n1 < 0 ? -1 : ev.codes[n1]));
    for (let f = 0; f < EVIDENCE_FLAGS; f++) if (flags[i] & (1 << f)) out.push(FLAG_FEATURES[f]);
    for (let k = pairs.offsets[i]; k < pairs.offsets[i + 1]; k++) out.push(pairs.feats[k]);
  }
  offsets[n] = out.length;
  return { offsets, feats: Uint32Array.from(out) };
}

/** End of the longest title starting at token i (with an optional و/ف on its first word), or -1. */
function titleEndAt(doc: DocTokens, res: Resources, i: number): number {
  const { table } = doc;
  let first = table.norms[i];
  if (!res.titles.has(first) && (first.charCodeAt(0) === 0x0648 || first.charCodeAt(0) === 0x0641)) first = first.slice(1);
  const candidates = res.titles.get(first);
  if (!candidates) return -1;
  for (const { words } of candidates) {
    let ok = i + words.length <= table.count;
    for (let k = 1; ok && k < words.length; k++) ok = table.norms[i + k] === words[k] && !doc.breakBefore[i + k];
    if (ok) return i + words.length;
  }
  return -1;
}

/**
 * Second-stage features: the first stage's label of the token, and what it labelled the same word as
 * elsewhere in the document (two-stage consistency, as in Krishnan and Manning 2006): the majority class
 * of the word's other occurrences, whether it ends or starts a multi-word person elsewhere (a family
 * name alone, a first name), and what the proposers named with it. The second stage adds their weights
 * to the first stage's scores. `stems` holds the stem hash of each word token (0 for other tokens).
 * The rows are valid until the next call (reused arrays: callers read them at once).
 */
export function documentFeatures(doc: DocTokens, stems: Uint32Array, labels: Uint8Array, evidence: readonly Mention[]): TokenFeatures {
  const n = doc.table.count;
  // each distinct stem of the document gets a number (open addressing on the stem hash), and per number:
  // occurrences, labels by class (B or I), as the last and first word of a person of two words or more,
  // as the last word of a lexicon name (8 counts), and what the proposers named with it (bits)
  let size = 16;
  while (size < 2 * n) size <<= 1;
  const slots = STEM_SLOTS.take(size, -1);
  const keys = STEM_KEYS.take(size); // read only where slots ≥ 0
  const stemIndex = STEM_INDEX.take(n, -1);
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    const stem = stems[i];
    if (!stem) continue;
    let slot = Math.imul(stem, 0x9e3779b1) & (size - 1);
    while (slots[slot] >= 0 && keys[slot] !== stem) slot = (slot + 1) & (size - 1);
    if (slots[slot] < 0) {
      slots[slot] = distinct++;
      keys[slot] = stem;
    }
    stemIndex[i] = slots[slot];
  }
  const counts = STEM_COUNTS.take(8 * distinct, 0);
  const named = STEM_NAMED.take(distinct, 0);
  for (let i = 0; i < n; i++) {
    const s = stemIndex[i];
    if (s < 0) continue;
    counts[8 * s]++;
    if (labels[i] > 0) counts[8 * s + ((labels[i] + 1) >> 1)]++; // 1 PERS, 2 LOC, 3 ORG, 4 MISC
  }
  for (let i = 0; i < n; i++) {
    if (labels[i] !== 1) continue;
    let j = i;
    while (j + 1 < n && labels[j + 1] === 2) j++;
    if (j > i) {
      if (stemIndex[j] >= 0) counts[8 * stemIndex[j] + 5]++;
      if (stemIndex[i] >= 0) counts[8 * stemIndex[i] + 6]++;
    }
    i = j;
  }
  // what the proposers named with the same word: bits of their classes, and whether it ended a person of
  // two words or more (a family name the rules found after a title or a first name)
  for (const m of evidence) {
    if (m.form === 'name' && m.source === 'lexicon' && stemIndex[m.last] >= 0) counts[8 * stemIndex[m.last] + 7]++;
    const cls = m.form !== 'name' || m.type === 'WEAPON' ? 0 : m.type === 'PERSON' ? 1 : m.type === 'ORGANIZATION' ? 4 : 2;
    if (!cls) continue;
    for (let t = m.first; t <= m.last; t++) if (stemIndex[t] >= 0) named[stemIndex[t]] |= cls | (cls === 1 && t === m.last && t > m.first ? 8 : 0);
  }
  const offsets = DOC_OFFSETS.take(n + 1, 0);
  const out = DOC_FEATS.take(DOCUMENT_FEATURES * n); // written before it is read
  let at = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = at;
    const own = labels[i];
    out[at++] = feature(T.firstStage, own);
    const s = stemIndex[i];
    if (s < 0) continue;
    const bits = named[s];
    if (bits) {
      out[at++] = feature(T.docEvidence, bits & 7, own);
      if (bits & 8) out[at++] = feature(T.docEvidenceSurname, 1);
    }
    const c = 8 * s;
    const ownClass = own > 0 ? (own + 1) >> 1 : 0;
    // the other occurrences only: this token's own label is the firstStage feature
    let best = 0;
    let bestCount = 0;
    for (let cls = 1; cls <= 4; cls++) {
      const count = counts[c + cls] - (cls === ownClass ? 1 : 0);
      if (count > bestCount) {
        best = cls;
        bestCount = count;
      }
    }
    const others = counts[c] - 1;
    if (others > 0) {
      const share = bestCount === 0 ? 0 : bestCount * 2 >= others ? 2 : 1;
      out[at++] = feature(T.docClass, best, share);
      out[at++] = feature(T.docCount, Math.min(others, 3), best);
      out[at++] = feature(T.firstStageWord, own, best);
    }
    const surname = counts[c + 5] - (own === 2 && (i + 1 >= n || labels[i + 1] !== 2) ? 1 : 0);
    if (surname > 0) out[at++] = feature(T.docSurname, 1, own);
    const firstName = counts[c + 6] - (own === 1 && i + 1 < n && labels[i + 1] === 2 ? 1 : 0);
    if (firstName > 0) out[at++] = feature(T.docFirstName, 1, own);
    if (counts[c + 7] > 0) out[at++] = feature(T.docLex, 1);
  }
  offsets[n] = at;
  return { offsets, feats: out.subarray(0, at) };
}

/** The most document features of one token. */
const DOCUMENT_FEATURES = 9;
