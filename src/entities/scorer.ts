// Tagging with the sequence model, fast. The weights of a word type's features, as the token itself and
// as the token before or after one, are summed once per type and kept in a table indexed by the type's
// number in the analyzer's vocabulary; the weights of an evidence code are summed once per code. A token
// then costs a few vector additions and four probes (its two word pairs and the words two away). Both
// stages score every token this way; the second adds its document features (features.ts,
// documentFeatures) to its own scores.

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
  codeFeature,
  documentFeatures,
  flagFeature,
  neighbour,
  pairFeatures,
  tokenEvidence,
  tokenFlags,
  typeFeatures,
  wordFacts,
  type WordFacts,
} from './features.js';
import { addFeatureWeights, viterbi, type SequenceModel, type StageWeights } from './model.js';

const L = LABEL_COUNT;
/** The roles whose sums are kept per type: the token itself, the token before, the token after. */
const KEPT = [SELF, PREV, NEXT] as const;
const ROW = KEPT.length * L;
/** Other tokens (numbers, punctuation, Latin) and words past the vocabulary's bound are cached up to this many. */
const MAX_OTHER = 50_000;

/** One stage's sums: per word type, per evidence code and per flag. */
class StageTable {
  scores = new Float32Array(0);
  /** The sums of "no token" (past a line's edge) in each kept role. */
  readonly edge = new Float32Array(ROW);
  /** Per evidence code: its weights as the token's own code, the code before and the code after (3 × L). */
  private readonly codes = new Map<number, Float32Array>();
  /** Per flag (EVIDENCE_FLAGS): its weights. */
  readonly flags: Float32Array;
  private readonly buffer: number[] = [];

  constructor(readonly weights: StageWeights) {
    for (let r = 1; r < KEPT.length; r++) this.sum(null, KEPT[r], this.edge, r * L);
    this.flags = new Float32Array(EVIDENCE_FLAGS * L);
    for (let f = 0; f < EVIDENCE_FLAGS; f++) addFeatureWeights(weights, flagFeature(f), this.flags, f * L);
  }

  /** Adds the weights of a type's features in a role to `into` at `at`. */
  private sum(f: WordFacts | null, role: number, into: Float32Array, at: number): void {
    const features = this.buffer;
    features.length = 0;
    typeFeatures(f, role, features);
    for (const h of features) addFeatureWeights(this.weights, h, into, at);
  }

  /** Writes a type's sums in every kept role to `into` at `at`. */
  fill(f: WordFacts, into: Float32Array, at: number): void {
    for (let r = 0; r < KEPT.length; r++) this.sum(f, KEPT[r], into, at + r * L);
  }

  /** The weights of an evidence code as the token's own code (0), the one before (1) and after (2). */
  code(code: number): Float32Array {
    let sums = this.codes.get(code);
    if (!sums) {
      sums = new Float32Array(3 * L);
      for (let place = 0; place < 3; place++) addFeatureWeights(this.weights, codeFeature(place, code), sums, place * L);
      this.codes.set(code, sums);
    }
    return sums;
  }
}

export class ModelScorer {
  private readonly stages: [StageTable, StageTable];
  private facts: (WordFacts | undefined)[] = [];
  private filled = new Uint8Array(0);
  private readonly others = new Map<string, { facts: WordFacts; sums: [Float32Array, Float32Array] }>();

  constructor(
    private readonly model: SequenceModel,
    private readonly res: Resources,
  ) {
    this.stages = [new StageTable(model.first), new StageTable(model.second)];
  }

  /** Makes sure both tables hold word type k (the type of token i). */
  private ensure(doc: DocTokens, i: number, k: number): WordFacts {
    if (k < this.filled.length && this.filled[k]) return this.facts[k] as WordFacts;
    if (k >= this.filled.length) {
      const size = Math.max(k + 1, this.filled.length * 2, 4096);
      const filled = new Uint8Array(size);
      filled.set(this.filled);
      this.filled = filled;
      for (const stage of this.stages) {
        const scores = new Float32Array(size * ROW);
        scores.set(stage.scores);
        stage.scores = scores;
      }
    }
    const f = wordFacts(doc.table.norms[i], K_WORD, doc.lexemes[i], this.res);
    this.facts[k] = f;
    for (const stage of this.stages) stage.fill(f, stage.scores, k * ROW);
    this.filled[k] = 1;
    return f;
  }

  /** A token without a type number (not a word, or past the vocabulary's bound): its facts and sums. */
  private other(doc: DocTokens, i: number): { facts: WordFacts; sums: [Float32Array, Float32Array] } {
    const key = `${doc.table.kinds[i]}\u0000${doc.table.norms[i]}`;
    let t = this.others.get(key);
    if (!t) {
      const facts = wordFacts(doc.table.norms[i], doc.table.kinds[i], doc.lexemes[i], this.res);
      const sums = this.stages.map((stage) => {
        const s = new Float32Array(ROW);
        stage.fill(facts, s, 0);
        return s;
      }) as [Float32Array, Float32Array];
      t = { facts, sums };
      if (this.others.size < MAX_OTHER) this.others.set(key, t);
    }
    return t;
  }

  /** The labels of a document's tokens (LABELS indexes), after the first stage and after the second. */
  labels(doc: DocTokens, evidence: readonly Mention[], context: DocContext): { first: Uint8Array; second: Uint8Array } {
    const n = doc.table.count;
    // every token's type: its facts, and where its sums are (a table per stage and an offset into it)
    const words = new Uint32Array(n);
    const stems = new Uint32Array(n);
    const tables: [Float32Array[], Float32Array[]] = [new Array<Float32Array>(n), new Array<Float32Array>(n)];
    const offsets = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const k = doc.types[i];
      let f: WordFacts;
      if (k >= 0) {
        f = this.ensure(doc, i, k);
        offsets[i] = k * ROW;
      } else {
        const t = this.other(doc, i);
        f = t.facts;
        tables[0][i] = t.sums[0];
        tables[1][i] = t.sums[1];
      }
      words[i] = f.word;
      stems[i] = doc.table.kinds[i] === K_WORD ? f.stem : 0;
    }
    for (let i = 0; i < n; i++) {
      if (doc.types[i] < 0) continue;
      tables[0][i] = this.stages[0].scores;
      tables[1][i] = this.stages[1].scores;
    }
    // the features that need a probe: the word pairs and the words two away (and a word's own word with
    // evidence on it), hashed once for both stages
    const ev = tokenEvidence(doc, evidence, this.res);
    const probes = pairFeatures(doc, words, stems, ev.codes);
    const flags = tokenFlags(doc, ev, context);
    const first = viterbi(this.scores(0, doc, tables, offsets, ev.codes, probes, flags), this.model.first.transitions, doc.breakBefore, n);
    const scores = this.scores(1, doc, tables, offsets, ev.codes, probes, flags);
    const rows = documentFeatures(doc, stems, first, evidence);
    for (let i = 0; i < n; i++) {
      for (let k = rows.offsets[i]; k < rows.offsets[i + 1]; k++) addFeatureWeights(this.model.second, rows.feats[k], scores, i * L);
    }
    const second = viterbi(scores, this.model.second.transitions, doc.breakBefore, n);
    return { first, second };
  }

  /** One stage's scores of every token and label. */
  private scores(
    s: 0 | 1,
    doc: DocTokens,
    tables: [Float32Array[], Float32Array[]],
    offsets: Int32Array,
    codes: Int32Array,
    probes: { offsets: Int32Array; feats: Uint32Array },
    flags: Uint8Array,
  ): Float64Array {
    const n = doc.table.count;
    const stage = this.stages[s];
    const weights = s === 0 ? this.model.first : this.model.second;
    const table = tables[s];
    const scores = new Float64Array(n * L);
    const edge = stage.edge;
    const flagSums = stage.flags;
    for (let i = 0; i < n; i++) {
      const at = i * L;
      // the type sums of the token, the token before (as PREV) and the token after (as NEXT)
      const own = table[i];
      const o = offsets[i];
      for (let l = 0; l < L; l++) scores[at + l] += own[o + l];
      const p = neighbour(doc, i, PREV);
      const before = p < 0 ? edge : table[p];
      const pb = (p < 0 ? 0 : offsets[p]) + L;
      for (let l = 0; l < L; l++) scores[at + l] += before[pb + l];
      const q = neighbour(doc, i, NEXT);
      const after = q < 0 ? edge : table[q];
      const qa = (q < 0 ? 0 : offsets[q]) + 2 * L;
      for (let l = 0; l < L; l++) scores[at + l] += after[qa + l];
      // the evidence codes of the token and its neighbours
      const c0 = stage.code(codes[i]);
      const c1 = stage.code(p < 0 ? -1 : codes[p]);
      const c2 = stage.code(q < 0 ? -1 : codes[q]);
      for (let l = 0; l < L; l++) scores[at + l] += c0[l] + c1[L + l] + c2[2 * L + l];
      // flags: a bit per EVIDENCE_FLAGS entry
      const bits = flags[i];
      if (bits) for (let f = 0; f < EVIDENCE_FLAGS; f++) if (bits & (1 << f)) for (let l = 0; l < L; l++) scores[at + l] += flagSums[f * L + l];
      for (let k = probes.offsets[i]; k < probes.offsets[i + 1]; k++) addFeatureWeights(weights, probes.feats[k], scores, at);
    }
    return scores;
  }
}

