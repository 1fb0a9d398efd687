// Tagging with the sequence model, fast. The weights of a word type's features, as the token itself and
// as the token before or after one, and as the word two before or two after one, are summed once per
// type and kept in a table indexed by the type's number in the analyzer's vocabulary; the weights of an
// evidence code and of a flag are summed once per analyzer. A token then costs a few vector additions and
// two or three probes (its two word pairs, its word with its evidence). Both stages are scored in the
// same pass, a probe of the model's table finding a feature's weights for both (model.ts); the second
// stage then adds its document features (features.ts, documentFeatures) to its own scores.
//
// The arithmetic is the one training's features give (test/entities/model.test.ts checks it): float32
// sums per type, code and flag, added in a fixed order into float64 scores.

import { K_WORD } from '../tokens/scan.js';
import type { Resources } from '../lexicon/resources.js';
import type { DocTokens, Mention } from './layers.js';
import type { DocContext } from './context.js';
import {
  EVIDENCE_FLAGS,
  LABEL_COUNT,
  NEXT,
  PREV,
  SELF,
  NEXT2,
  PREV2,
  codeFeature,
  documentFeatures,
  farWordFeature,
  flagFeature,
  neighbour,
  tokenEvidence,
  tokenFlags,
  tokenProbedFeatures,
  typeFeatures,
  wordFacts,
  type TokenFeatures,
  type WordFacts,
} from './features.js';
import { findSlot, newViterbiScratch, viterbi, type ModelTable, type SequenceModel, type ViterbiScratch } from './model.js';

const L = LABEL_COUNT;
/** The roles whose sums are kept per type: the token itself, the token before, the token after, and the
 *  word two before and two after (one feature each: summed here, they need no probe per token). */
const KEPT = [SELF, PREV, NEXT, PREV2, NEXT2] as const;
/** A stage's sums of one type: L per kept role. */
const STAGE_ROW = KEPT.length * L;
/** A type's row: the first stage's sums, then the second's. */
const ROW = 2 * STAGE_ROW;
/** In the pages of word types, each type's row comes after its word and stem hashes (as uint32): the
 *  memory read that finds a token's hashes brings its sums in with them. */
const HEAD = 2;
const STRIDE = HEAD + ROW;
/** Other tokens (numbers, punctuation, Latin) and words past the vocabulary's bound: this many rows are
 *  kept; past it, the rows are dropped before the next document (they are recomputed as needed). */
const MAX_OTHER = 50_000;
/** The sums of word types are kept in pages of PAGE types (a growing vocabulary adds pages; nothing is
 *  copied). The vocabulary's bound (lexemes.ts) bounds them. */
const PAGE_BITS = 12;
const PAGE = 1 << PAGE_BITS;
/** Row 0 of the table of other tokens: "no token" (past a line's edge), in the PREV and NEXT roles. */
const EDGE = 0;

/** Grows a Float32Array to hold at least `size` values (doubling), keeping its contents. */
function grown(array: Float32Array, size: number): Float32Array {
  if (size <= array.length) return array;
  const next = new Float32Array(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

export class ModelScorer {
  private readonly table: ModelTable;
  private readonly scales: [number, number];
  /** Per word type k (the analyzer's vocabulary), at (k mod PAGE) × STRIDE in its page: its word and stem
   *  hashes (typeHashes, a uint32 view of the same page), then its sums (typePages) from HEAD on. */
  private readonly typePages: Float32Array[] = [];
  private readonly typeHashes: Uint32Array[] = [];
  private filled = new Uint8Array(0);
  /** The same for other tokens, by kind and normalized form; row 0 is EDGE. */
  private otherSums: Float32Array = new Float32Array(ROW * 64);
  private otherWords: number[] = [0];
  private otherStems: number[] = [0];
  /** Per token kind: normalized form → row. */
  private readonly others: Map<string, number>[] = [];
  private otherCount = 0;
  /** Per evidence code + 1 (-1: no token): its weights as the token's own code, the one before and the
   *  one after, for each stage (2 × 3 × L); filled on first use (codes are a small fixed range). */
  private codeSums: Float32Array = new Float32Array(0);
  private codeFilled = new Uint8Array(0);
  /** Per flag (EVIDENCE_FLAGS) and stage: its weights (L). */
  private readonly flagSums = new Float32Array(EVIDENCE_FLAGS * 2 * L);
  private work: Workspace | undefined;
  /** addDocument's cache, by feature hash mod DOC_CACHE (0: empty; no feature hashes to 0). */
  private readonly docCache = { keys: new Uint32Array(DOC_CACHE), sums: new Float32Array(DOC_CACHE * (L + 1)) };

  constructor(
    private readonly model: SequenceModel,
    private readonly res: Resources,
  ) {
    this.table = model.first.table;
    this.scales = [model.first.scale, model.second.scale];
    this.fill(null, this.otherSums, EDGE * ROW);
    for (let f = 0; f < EVIDENCE_FLAGS; f++) this.addWeights(flagFeature(f), this.flagSums, f * 2 * L, this.flagSums, (f * 2 + 1) * L);
  }

  /** Adds feature `key`'s weights of the first stage to `a` at `at` and of the second to `b` at `bt`. */
  private addWeights(key: number, a: Float32Array | Float64Array, at: number, b: Float32Array | Float64Array, bt: number): void {
    const slot = findSlot(this.table, key);
    if (slot < 0) return;
    const w = this.table.weights;
    const base = slot * 2 * L;
    const s0 = this.scales[0];
    const s1 = this.scales[1];
    for (let l = 0; l < L; l++) a[at + l] += Math.fround(w[base + l] * s0);
    for (let l = 0; l < L; l++) b[bt + l] += Math.fround(w[base + L + l] * s1);
  }

  /** Writes the sums of a type (null: no token) in every kept role, for both stages, to `into` at `at`. */
  private fill(f: WordFacts | null, into: Float32Array, at: number): void {
    const features: number[] = [];
    for (let r = 0; r < KEPT.length; r++) {
      if (f === null && KEPT[r] === SELF) continue;
      features.length = 0;
      if (KEPT[r] === PREV2 || KEPT[r] === NEXT2) features.push(farWordFeature(KEPT[r], f ? f.word : null));
      else typeFeatures(f, KEPT[r], features);
      for (const h of features) this.addWeights(h, into, at + r * L, into, at + STAGE_ROW + r * L);
    }
  }

  /** Makes sure word type k (the type of token i) has its row. */
  private ensure(doc: DocTokens, i: number, k: number): void {
    if (k < this.filled.length && this.filled[k]) return;
    if (k >= this.filled.length) {
      const size = Math.max(k + 1, this.filled.length * 2, 4096);
      const filled = new Uint8Array(size);
      filled.set(this.filled);
      this.filled = filled;
    }
    const f = wordFacts(doc.table.norms[i], K_WORD, doc.lexemes[i], this.res);
    const p = k >> PAGE_BITS;
    if (this.typePages[p] === undefined) {
      this.typePages[p] = new Float32Array(PAGE * STRIDE);
      this.typeHashes[p] = new Uint32Array(this.typePages[p].buffer);
    }
    const at = (k & (PAGE - 1)) * STRIDE;
    this.fill(f, this.typePages[p], at + HEAD);
    this.typeHashes[p][at] = f.word;
    this.typeHashes[p][at + 1] = f.stem;
    this.filled[k] = 1;
  }

  /** The row of a token without a type number (not a word, or past the vocabulary's bound). */
  private other(doc: DocTokens, i: number): number {
    const kind = doc.table.kinds[i];
    const norm = doc.table.norms[i];
    const byNorm = (this.others[kind] ??= new Map<string, number>());
    let row = byNorm.get(norm);
    if (row === undefined) {
      const facts = wordFacts(doc.table.norms[i], kind, doc.lexemes[i], this.res);
      row = this.otherWords.length;
      this.otherSums = grown(this.otherSums, (row + 1) * ROW);
      this.otherSums.fill(0, row * ROW, (row + 1) * ROW);
      this.fill(facts, this.otherSums, row * ROW);
      this.otherWords.push(facts.word);
      this.otherStems.push(facts.stem);
      byNorm.set(norm, row);
      this.otherCount++;
    }
    return row;
  }

  /** The offset of an evidence code's sums in codeSums (code -1: no token). */
  private code(code: number): number {
    const c = code + 1;
    if (c >= this.codeFilled.length) {
      const size = Math.max(c + 1, this.codeFilled.length * 2, 1024);
      const filled = new Uint8Array(size);
      filled.set(this.codeFilled);
      this.codeFilled = filled;
      this.codeSums = grown(this.codeSums, size * 6 * L);
    }
    const at = c * 6 * L;
    if (!this.codeFilled[c]) {
      for (let place = 0; place < 3; place++) this.addWeights(codeFeature(place, code), this.codeSums, at + place * L, this.codeSums, at + 3 * L + place * L);
      this.codeFilled[c] = 1;
    }
    return at;
  }

  /** The labels of a document's tokens (LABELS indexes), after the first stage and after the second. */
  labels(doc: DocTokens, evidence: readonly Mention[], context: DocContext): { first: Uint8Array; second: Uint8Array } {
    const n = doc.table.count;
    const kinds = doc.table.kinds;
    if (this.otherCount > MAX_OTHER) {
      for (const byNorm of this.others) byNorm?.clear();
      this.otherCount = 0;
      this.otherWords.length = this.otherStems.length = EDGE + 1;
    }
    const work = this.workspace(n);
    // every token's row: k ≥ 0 in the table of word types, -1 - r in the table of other tokens
    const { rows, words, stems } = work;
    for (let i = 0; i < n; i++) {
      const k = doc.types[i];
      if (k >= 0) {
        this.ensure(doc, i, k);
        rows[i] = k;
        const hashes = this.typeHashes[k >> PAGE_BITS];
        const at = (k & (PAGE - 1)) * STRIDE;
        words[i] = hashes[at];
        stems[i] = kinds[i] === K_WORD ? hashes[at + 1] : 0;
      } else {
        const r = this.other(doc, i);
        rows[i] = -1 - r;
        words[i] = this.otherWords[r];
        stems[i] = kinds[i] === K_WORD ? this.otherStems[r] : 0;
      }
    }
    const ev = tokenEvidence(doc, evidence, this.res);
    const flags = tokenFlags(doc, ev, context);
    this.probe(doc, work, ev.codes);
    this.score(doc, work, ev.codes, flags);
    const firstLabels = viterbi(work.first, this.model.first.transitions, doc.breakBefore, n, work.viterbi);
    // the second stage's document features need the first stage's labels
    const docRows = documentFeatures(doc, stems.subarray(0, n), firstLabels, evidence);
    this.addDocument(docRows, work.second, n);
    return { first: firstLabels, second: viterbi(work.second, this.model.second.transitions, doc.breakBefore, n, work.viterbi) };
  }

  /** Scratch arrays for a document of n tokens: kept between documents up to KEEP_TOKENS tokens. */
  private workspace(n: number): Workspace {
    if (this.work && this.work.rows.length >= n) return this.work;
    const work = newWorkspace(n);
    if (n <= KEEP_TOKENS) this.work = work;
    return work;
  }

  /** Finds the table slot of every probed feature of every token (-1: unknown). */
  private probe(doc: DocTokens, work: Workspace, codes: Int32Array): void {
    const n = doc.table.count;
    const { probes, starts, slots } = work;
    let count = 0;
    for (let i = 0; i < n; i++) {
      starts[i] = count;
      count += tokenProbedFeatures(doc, i, work.words, work.stems, codes, probes, count);
    }
    starts[n] = count;
    for (let k = 0; k < count; k++) slots[k] = findSlot(this.table, probes[k]);
  }

  /**
   * Adds each token's document features' second-stage weights to its scores. The document features are
   * few (a label, a class, a count: some hundreds in all), so their scaled weights are kept in a small
   * cache by feature hash (the same float32s addWeights would compute), not looked up in the model's table
   * each time.
   */
  private addDocument(features: TokenFeatures, scores: Float64Array, n: number): void {
    const { offsets, feats } = features;
    const { keys, sums } = this.docCache;
    for (let i = 0; i < n; i++) {
      const at = i * L;
      for (let k = offsets[i]; k < offsets[i + 1]; k++) {
        const key = feats[k];
        const c = key & (DOC_CACHE - 1);
        if (keys[c] !== key) this.cacheDocument(key, c);
        const w = c * (L + 1);
        if (sums[w + L] === 0) continue; // a feature the model does not know
        for (let l = 0; l < L; l++) scores[at + l] += sums[w + l];
      }
    }
  }

  /** Puts feature `key`'s scaled second-stage weights in entry c of the cache (after them: 1 if known, 0 if not). */
  private cacheDocument(key: number, c: number): void {
    const { keys, sums } = this.docCache;
    const w = c * (L + 1);
    sums.fill(0, w, w + L + 1);
    keys[c] = key;
    const slot = findSlot(this.table, key);
    if (slot < 0) return;
    const weights = this.table.weights;
    const scale = this.scales[1];
    for (let l = 0; l < L; l++) sums[w + l] = Math.fround(weights[slot * 2 * L + L + l] * scale);
    sums[w + L] = 1;
  }

  /**
   * Both stages' scores of every token and label, in one pass. Each score is summed in a local and
   * stored once, its terms added in the order training's features come in (tokenPairFeatures): the type
   * sums of the token (SELF), the token before (PREV) and after (NEXT), the evidence codes, the flags,
   * the two word pairs (probed), the words two away (PREV2, NEXT2: their types' sums, EDGE past a
   * line's edge), and the word with its evidence (probed, if any).
   */
  private score(doc: DocTokens, work: Workspace, codes: Int32Array, flags: Uint8Array): void {
    const n = doc.table.count;
    const { rows, first, second, starts, slots } = work;
    const pages = this.typePages;
    const otherSums = this.otherSums;
    const flagSums = this.flagSums;
    const weights = this.table.weights;
    const s0 = this.scales[0];
    const s1 = this.scales[1];
    for (let i = 0; i < n; i++) {
      const at = i * L;
      const p = neighbour(doc, i, PREV);
      const q = neighbour(doc, i, NEXT);
      const r = rows[i];
      const own = r >= 0 ? pages[r >> PAGE_BITS] : otherSums;
      const o = r >= 0 ? (r & (PAGE - 1)) * STRIDE + HEAD : (-1 - r) * ROW;
      const rp = p < 0 ? -1 - EDGE : rows[p];
      const before = rp >= 0 ? pages[rp >> PAGE_BITS] : otherSums;
      const ob = (rp >= 0 ? (rp & (PAGE - 1)) * STRIDE + HEAD : (-1 - rp) * ROW) + L;
      const rq = q < 0 ? -1 - EDGE : rows[q];
      const after = rq >= 0 ? pages[rq >> PAGE_BITS] : otherSums;
      const oa = (rq >= 0 ? (rq & (PAGE - 1)) * STRIDE + HEAD : (-1 - rq) * ROW) + 2 * L;
      const c0 = this.code(codes[i]);
      const c1 = this.code(p < 0 ? -1 : codes[p]) + L;
      const c2 = this.code(q < 0 ? -1 : codes[q]) + 2 * L;
      const cs = this.codeSums;
      const bits = flags[i];
      // the probed features' rows in the model's weights (-1: a feature the model does not know)
      const k0 = starts[i];
      const w0 = slots[k0] < 0 ? -1 : slots[k0] * 2 * L;
      const w1 = slots[k0 + 1] < 0 ? -1 : slots[k0 + 1] * 2 * L;
      const w2 = starts[i + 1] > k0 + 2 && slots[k0 + 2] >= 0 ? slots[k0 + 2] * 2 * L : -1;
      const p2 = neighbour(doc, i, PREV2);
      const r2 = p2 < 0 ? -1 - EDGE : rows[p2];
      const far0 = r2 >= 0 ? pages[r2 >> PAGE_BITS] : otherSums;
      const of0 = (r2 >= 0 ? (r2 & (PAGE - 1)) * STRIDE + HEAD : (-1 - r2) * ROW) + 3 * L;
      const q2 = neighbour(doc, i, NEXT2);
      const t2 = q2 < 0 ? -1 - EDGE : rows[q2];
      const far1 = t2 >= 0 ? pages[t2 >> PAGE_BITS] : otherSums;
      const of1 = (t2 >= 0 ? (t2 & (PAGE - 1)) * STRIDE + HEAD : (-1 - t2) * ROW) + 4 * L;
      for (let l = 0; l < L; l++) {
        // u: the first stage's score, v: the second's
        let u = own[o + l];
        let v = own[o + STAGE_ROW + l];
        u += before[ob + l];
        v += before[ob + STAGE_ROW + l];
        u += after[oa + l];
        v += after[oa + STAGE_ROW + l];
        u += cs[c0 + l] + cs[c1 + l] + cs[c2 + l];
        v += cs[c0 + 3 * L + l] + cs[c1 + 3 * L + l] + cs[c2 + 3 * L + l];
        for (let f = 0; bits >> f; f++) {
          if (!(bits & (1 << f))) continue;
          u += flagSums[f * 2 * L + l];
          v += flagSums[(f * 2 + 1) * L + l];
        }
        if (w0 >= 0) {
          u += Math.fround(weights[w0 + l] * s0);
          v += Math.fround(weights[w0 + L + l] * s1);
        }
        if (w1 >= 0) {
          u += Math.fround(weights[w1 + l] * s0);
          v += Math.fround(weights[w1 + L + l] * s1);
        }
        u += far0[of0 + l];
        v += far0[of0 + STAGE_ROW + l];
        u += far1[of1 + l];
        v += far1[of1 + STAGE_ROW + l];
        if (w2 >= 0) {
          u += Math.fround(weights[w2 + l] * s0);
          v += Math.fround(weights[w2 + L + l] * s1);
        }
        first[at + l] = u;
        second[at + l] = v;
      }
    }
  }
}

/** Entries of addDocument's cache (a power of two). */
const DOC_CACHE = 1024;

/** The most features the scorer probes per token (tokenProbedFeatures). */
const PROBED = 3;

/** Documents up to this many tokens reuse the scorer's scratch arrays; a longer one gets its own. */
const KEEP_TOKENS = 1 << 16;

interface Workspace {
  rows: Int32Array;
  words: Uint32Array;
  stems: Uint32Array;
  /** The probed features of every token: token i's are probes[starts[i] … starts[i + 1]), at slots[…]. */
  probes: Uint32Array;
  starts: Int32Array;
  slots: Int32Array;
  /** The scores of both stages (n × L). */
  first: Float64Array;
  second: Float64Array;
  viterbi: ViterbiScratch;
}

function newWorkspace(n: number): Workspace {
  const size = Math.max(n, 1024);
  return {
    rows: new Int32Array(size),
    words: new Uint32Array(size),
    stems: new Uint32Array(size),
    probes: new Uint32Array(size * PROBED),
    starts: new Int32Array(size + 1),
    slots: new Int32Array(size * PROBED),
    first: new Float64Array(size * L),
    second: new Float64Array(size * L),
    viterbi: newViterbiScratch(size),
  };
}
