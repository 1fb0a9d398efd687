// Features of the sequence model, as 32-bit hashes. A token's features come in two kinds:
//  - word features: facts about the word type and its neighbours' types (the word, its stem, affixes,
//    shape, what the lexicons say of it), the same wherever the word occurs;
//  - evidence features: what the gazetteer, the rules and the alias linker found at this token in this
//    document, and (second stage) what the first stage found for the same word elsewhere in it.
// Training (scripts/train-ner.mjs) and tagging read the same functions, so the two cannot drift apart.

import { K_LATIN, K_NUMBER, K_PUNCT, K_WORD } from '../tokens/scan.js';
import { edgeKey } from '../lexicon/compile.js';
import type { Resources } from '../lexicon/resources.js';
import { W } from '../lexicon/word-class.js';
import type { DocTokens, Mention, RuleKind } from './layers.js';
import type { DocContext } from './context.js';

/** The labels: BIO over the classes of ANERcorp (MISC is learned so that it is not confused with the rest). */
export const LABELS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];
export const LABEL_COUNT = LABELS.length;

/** FNV-1a over a string's UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

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
  cls: 11, given: 12, stemSuffix2: 13, prefix1: 14,
  // the neighbours' types, by offset
  ctxWord: 20, ctxStem: 21, ctxCls: 22, ctxGaz: 23, ctxShape: 24, ctxGiven: 25,
  // token evidence
  lex: 40, lexWord: 41, lexPrev: 42, lexNext: 43, bigramPrev: 44, bigramNext: 45, afterTitle: 46, lineStart: 47,
  quoted: 48, lexSpan: 49, dateline: 50, sports: 51,
  // document evidence (second stage)
  docClass: 60, docSurname: 61, docFirstName: 62, docLex: 63, firstStage: 64, firstStageWord: 65, docCount: 66, docEvidence: 67, docEvidenceSurname: 68,
} as const;

const B = 0x5bd1e995; // stands for "no token" before the start or after the end of a line

/** Word classes worth a feature of their own, in a fixed order (bit k of the class code). */
const CLASS_BITS = [W.FUNCTION, W.COMMON, W.SPEECH, W.TITLE, W.ROLE, W.ORG_HEAD, W.PLACE_HEAD, W.GIVEN, W.GIVEN_COMMON, W.TRIGGER, W.PERSON_WORD, W.ACCORDING, W.INSTITUTION];

const ENTITY_TYPES = ['PERSON', 'ORGANIZATION', 'COUNTRY', 'CITY', 'LOCATION', 'WEAPON'] as const;
const RULES: readonly RuleKind[] = ['title', 'given', 'speech', 'organization', 'institution', 'army', 'place', 'kunya'];
const ORIGINS = ['curated', 'wikidata-world-cities', 'anercorp'];

/** What the word features of one word type are made of, computed once per type and document. */
interface WordFacts {
  word: number;
  stem: number;
  /** Class code: the CLASS_BITS the word (or the word after و/ف or ل/ب) has. */
  cls: number;
  /** Lexicon type of the word as a one-word name (0 none, 1 starts a longer name, 2.. a type, 9 a nisba). */
  gaz: number;
  given: number;
  shape: number;
  /** The word's own features (self templates). */
  self: number[];
}

/** Per-document feature extraction: the word facts of each type, cached for the document. */
export class FeatureExtractor {
  private readonly facts = new Map<string, WordFacts>();

  constructor(private readonly res: Resources) {}

  /** Facts of a word token's type. */
  wordFacts(doc: DocTokens, i: number): WordFacts {
    const norm = doc.table.norms[i];
    const kind = doc.table.kinds[i];
    const key = kind === K_WORD ? norm : `${kind}\u0000${norm}`;
    let f = this.facts.get(key);
    if (!f) {
      f = this.computeFacts(doc, i, norm, kind);
      this.facts.set(key, f);
    }
    return f;
  }

  private computeFacts(doc: DocTokens, i: number, norm: string, kind: number): WordFacts {
    const res = this.res;
    const lexeme = doc.lexemes[i];
    const word = hashString(norm);
    if (kind !== K_WORD) {
      const shape = kind === K_LATIN ? 3 : kind === K_NUMBER ? 4 : kind === K_PUNCT ? 5 : 6;
      const self = [feature(T.bias, 0), feature(T.shape, shape), kind === K_PUNCT || kind === K_LATIN ? feature(T.word, word) : feature(T.shape, shape, Math.min(norm.length, 6))];
      return { word, stem: word, cls: 0, gaz: 0, given: 0, shape, self };
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
    const shape = 1 + definite + 2 * Math.min(stemText.length, 7);
    const self = [
      feature(T.bias, 0),
      feature(T.word, word),
      feature(T.stem, stem),
      feature(T.suffix1, hashString(norm.slice(-1))),
      feature(T.suffix2, hashString(norm.slice(-2))),
      feature(T.suffix3, hashString(norm.slice(-3))),
      feature(T.prefix1, hashString(norm.slice(0, 1))),
      feature(T.prefix2, hashString(norm.slice(0, 2))),
      feature(T.prefix3, hashString(norm.slice(0, 3))),
      feature(T.stemSuffix2, hashString(stemText.slice(-2))),
      feature(T.shape, shape),
      feature(T.gaz, gaz),
      feature(T.given, given),
    ];
    for (let k = 0; k < CLASS_BITS.length; k++) if (cls & (1 << k)) self.push(feature(T.cls, k));
    if (cls === 0) self.push(feature(T.cls, 99));
    return { word, stem, cls, gaz, given, shape, self };
  }
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
  const readings = res.lexicon.readings[node];
  if (!readings || readings.length === 0) return 1; // starts a longer name
  const r = readings[0];
  if (r.form === 'adjective') return 9;
  const entry = res.lexicon.entries[r.entry];
  return 2 + ENTITY_TYPES.indexOf(entry.type) + (entry.ambiguous ? 10 : 0);
}

/**
 * The evidence code of a mention at token t: its position (single, begin, inside, end), what it is
 * (a type, or an adjective) and who proposed it (a lexicon's origin, a rule, the alias linker).
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

/** Features of every token of a document, in compressed rows: token i has feats[offsets[i] … offsets[i+1]). */
export interface TokenFeatures {
  offsets: Int32Array;
  feats: Uint32Array;
}

/**
 * First-stage features of every token: its word features, its neighbours', and the evidence of the
 * mentions the gazetteer, the rules and the alias linker proposed (`evidence`, in document order).
 */
export function tokenFeatures(doc: DocTokens, evidence: readonly Mention[], res: Resources, extractor: FeatureExtractor, context: DocContext): TokenFeatures {
  const { table } = doc;
  const n = table.count;
  const facts: WordFacts[] = new Array(n);
  for (let i = 0; i < n; i++) facts[i] = extractor.wordFacts(doc, i);
  const codes = new Int32Array(n);
  for (const m of evidence) for (let t = m.first; t <= m.last; t++) codes[t] = evidenceCode(m, t, res);
  const afterTitle = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!(doc.wordClass[i] & W.TITLE) && !(doc.conjClass[i] & W.TITLE)) continue;
    const end = titleEndAt(doc, res, i);
    if (end > 0 && end < n) afterTitle[end] = 1;
  }
  const offsets = new Int32Array(n + 1);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    offsets[i] = out.length;
    const f = facts[i];
    for (const h of f.self) out.push(h);
    const p1 = i > 0 && !doc.breakBefore[i] ? i - 1 : -1;
    const p2 = p1 > 0 && !doc.breakBefore[p1] ? p1 - 1 : -1;
    const n1 = i + 1 < n && !doc.breakBefore[i + 1] ? i + 1 : -1;
    const n2 = n1 >= 0 && n1 + 1 < n && !doc.breakBefore[n1 + 1] ? n1 + 1 : -1;
    const around = [p2, p1, n1, n2];
    for (let k = 0; k < 4; k++) {
      const t = around[k];
      const c = t < 0 ? null : facts[t];
      out.push(feature(T.ctxWord + 100 * k, c ? c.word : B));
      if (k === 1 || k === 2) {
        out.push(feature(T.ctxStem + 100 * k, c ? c.stem : B));
        out.push(feature(T.ctxCls + 100 * k, c ? c.cls : 0xffff));
        out.push(feature(T.ctxGaz + 100 * k, c ? c.gaz : 99));
        out.push(feature(T.ctxShape + 100 * k, c ? c.shape : 99));
        out.push(feature(T.ctxGiven + 100 * k, c ? c.given : 99));
      }
    }
    out.push(feature(T.lex, codes[i]));
    out.push(feature(T.lexWord, codes[i], f.stem));
    out.push(feature(T.lexPrev, p1 >= 0 ? codes[p1] : -1));
    out.push(feature(T.lexNext, n1 >= 0 ? codes[n1] : -1));
    out.push(feature(T.bigramPrev, p1 >= 0 ? facts[p1].word : B, f.word));
    out.push(feature(T.bigramNext, f.word, n1 >= 0 ? facts[n1].word : B));
    if (afterTitle[i]) out.push(feature(T.afterTitle, 1));
    if (p1 < 0) out.push(feature(T.lineStart, 1));
    if (context.quoted[i]) out.push(feature(T.quoted, 1));
    if (context.dateline[i]) out.push(feature(T.dateline, 1));
    if (context.sports) out.push(feature(T.sports, codes[i] === 0 ? 0 : 1));
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
 * Second-stage features: what the first stage labelled the same word as elsewhere in the document
 * (two-stage consistency, as in Krishnan and Manning 2006): the majority class of the word's other
 * occurrences, whether it ends or starts a multi-word person elsewhere (a family name alone, a first
 * name), and whether the gazetteer named it elsewhere.
 */
export function documentFeatures(doc: DocTokens, first: TokenFeatures, labels: Uint8Array, evidence: readonly Mention[], extractor: FeatureExtractor): TokenFeatures {
  const n = doc.table.count;
  const stems = new Uint32Array(n);
  for (let i = 0; i < n; i++) stems[i] = doc.table.kinds[i] === K_WORD ? extractor.wordFacts(doc, i).stem : 0;
  // per stem: how often it is labelled each class (B or I), as a surname or first name of a person
  const classCounts = new Map<number, Int32Array>();
  const bump = (stem: number, slot: number): void => {
    let c = classCounts.get(stem);
    if (!c) classCounts.set(stem, (c = new Int32Array(8)));
    c[slot]++;
  };
  for (let i = 0; i < n; i++) {
    if (!stems[i]) continue;
    const l = labels[i];
    bump(stems[i], 0); // occurrences
    if (l > 0) bump(stems[i], (l + 1) >> 1); // 1 PERS, 2 LOC, 3 ORG, 4 MISC
  }
  // persons of two words or more: their last word (a family name) and first word
  for (let i = 0; i < n; i++) {
    if (labels[i] !== 1) continue;
    let j = i;
    while (j + 1 < n && labels[j + 1] === 2) j++;
    if (j > i) {
      if (stems[j]) bump(stems[j], 5);
      if (stems[i]) bump(stems[i], 6);
    }
    i = j;
  }
  for (const m of evidence) if (m.source === 'lexicon' && m.form === 'name' && stems[m.last]) bump(stems[m.last], 7);
  // what the proposers named with the same word elsewhere: bits of their classes, and whether it ended a
  // person of two words or more (a family name the rules found after a title or a first name)
  const evidenceClasses = new Map<number, number>();
  for (const m of evidence) {
    const cls = m.form !== 'name' ? 0 : m.type === 'PERSON' ? 1 : m.type === 'ORGANIZATION' ? 4 : m.type === 'WEAPON' ? 0 : 2;
    if (!cls) continue;
    for (let t = m.first; t <= m.last; t++) if (stems[t]) evidenceClasses.set(stems[t], (evidenceClasses.get(stems[t]) ?? 0) | cls | (cls === 1 && t === m.last && t > m.first ? 8 : 0));
  }
  const offsets = new Int32Array(n + 1);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    offsets[i] = out.length;
    for (let k = first.offsets[i]; k < first.offsets[i + 1]; k++) out.push(first.feats[k]);
    out.push(feature(T.firstStage, labels[i]));
    if (!stems[i]) continue;
    const named = evidenceClasses.get(stems[i]);
    if (named) {
      out.push(feature(T.docEvidence, named & 7, labels[i]));
      if (named & 8) out.push(feature(T.docEvidenceSurname, 1));
    }
    const c = classCounts.get(stems[i]);
    if (!c) continue;
    const own = labels[i];
    const ownClass = own > 0 ? (own + 1) >> 1 : 0;
    // the other occurrences only: this token's own label is the firstStage feature
    let best = 0;
    let bestCount = 0;
    for (let cls = 1; cls <= 4; cls++) {
      const count = c[cls] - (cls === ownClass ? 1 : 0);
      if (count > bestCount) {
        best = cls;
        bestCount = count;
      }
    }
    const others = c[0] - 1;
    if (others > 0) {
      const share = bestCount === 0 ? 0 : bestCount * 2 >= others ? 2 : 1;
      out.push(feature(T.docClass, best, share));
      out.push(feature(T.docCount, Math.min(others, 3), best));
      out.push(feature(T.firstStageWord, own, best));
    }
    const surname = c[5] - (own === 2 && i > 0 && labels[i - 1] > 0 && (i + 1 >= n || labels[i + 1] !== 2) ? 1 : 0);
    if (surname > 0) out.push(feature(T.docSurname, 1, own));
    const firstName = c[6] - (own === 1 && i + 1 < n && labels[i + 1] === 2 ? 1 : 0);
    if (firstName > 0) out.push(feature(T.docFirstName, 1, own));
    if (c[7] > 0) out.push(feature(T.docLex, 1));
  }
  offsets[n] = out.length;
  return { offsets, feats: Uint32Array.from(out) };
}
