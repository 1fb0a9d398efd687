// The sequence model: a linear-chain model over BIO labels (a structured perceptron's averaged weights),
// decoded exactly with Viterbi. Two stages, as two-stage CRFs do: the second has the first stage's
// features with weights of its own, and what the first stage found elsewhere in the document
// (features.ts, documentFeatures). The weights ship as data (models/ner.bin), trained by
// scripts/train-ner.mjs.

import { KhabarError } from '../errors.js';
import { LABELS, LABEL_COUNT } from './features.js';

const L = LABEL_COUNT;
const MAGIC = 0x524e484b; // "KHNR"
/** Version 1 held each stage's features as a list (rebuilt into a hash table on load); version 2 is the table itself. */
const VERSION = 2;
const HEADER = 32;

/**
 * The weights of both stages in one open-addressing table, as the model file lays it out (version 2):
 * `keys[slot]` is a feature hash (0 = empty), and `weights` holds 2 × L quantized weights per slot, the
 * first stage's L then the second's. Both stages read the same features (the second adds its document
 * features), so one probe finds a feature's weights for both. The arrays are views of the file's bytes.
 */
export interface ModelTable {
  keys: Uint32Array;
  weights: Int16Array;
  mask: number;
}

/** One stage: its half of the table, the scale of its weights, and its label transitions. */
export interface StageWeights {
  table: ModelTable;
  /** 0 for the first stage, L for the second: where the stage's weights start in a slot's row. */
  offset: number;
  /** A weight is Math.fround(weights[…] × scale): the float32 the quantized value stands for. */
  scale: number;
  /** (L + 1) × L: row 0 is the start of a line, row p + 1 follows label p. */
  transitions: Float32Array;
}

export interface SequenceModel {
  first: StageWeights;
  second: StageWeights;
}

/** Is label `next` allowed after `prev` (-1: the start of a line)? An I- only continues its own class. */
export function allowed(prev: number, next: number): boolean {
  if (next === 0 || (next & 1) === 1) return true; // O and B- labels (odd indexes)
  return prev === next || prev === next - 1;
}

/** The slot of feature `key` in the table, or -1 for a feature the model does not know. */
export function findSlot(table: ModelTable, key: number): number {
  const { keys, mask } = table;
  let slot = key & mask;
  for (;;) {
    const found = keys[slot];
    if (found === key) return slot;
    if (found === 0) return -1;
    slot = (slot + 1) & mask;
  }
}

/** Adds the weights of feature `key` to `scores` at `base` (nothing for a feature the model does not know). */
export function addFeatureWeights(stage: StageWeights, key: number, scores: Float64Array | Float32Array, base: number): void {
  const slot = findSlot(stage.table, key);
  if (slot < 0) return;
  const { weights } = stage.table;
  const w = slot * 2 * L + stage.offset;
  const scale = stage.scale;
  for (let l = 0; l < L; l++) scores[base + l] += Math.fround(weights[w + l] * scale);
}

/** Reusable arrays for viterbi (for documents up to its size). */
export interface ViterbiScratch {
  best: Float64Array;
  back: Uint8Array;
}

export function newViterbiScratch(tokens: number): ViterbiScratch {
  return { best: new Float64Array(tokens * L), back: new Uint8Array(tokens * L) };
}

/**
 * viterbi's copy of the transitions it decodes with, as float64 (exact), and turned around: START[l]
 * is the score of label l at the start of a line, INTO[l × L + p] that of label l after label p (a label's
 * candidates contiguous). viterbi runs to completion: one copy serves every call.
 */
const START = new Float64Array(L);
const INTO = new Float64Array(L * L);

/**
 * The best label sequence under the emission scores and the stage's transitions, by Viterbi; a line
 * break (`breakBefore`) starts a new sequence. Of equal scores the lower previous label wins.
 */
export function viterbi(scores: Float64Array, transitions: Float32Array, breakBefore: Uint8Array, n: number, scratch?: ViterbiScratch): Uint8Array {
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  const { best, back } = scratch && scratch.back.length >= n * L ? scratch : newViterbiScratch(n);
  for (let l = 0; l < L; l++) START[l] = transitions[l];
  for (let l = 0; l < L; l++) for (let p = 0; p < L; p++) INTO[l * L + p] = transitions[(p + 1) * L + l];
  // The labels are written out (L = 9: O, then B- and I- of four classes): O and the B- labels may
  // follow any label, an I- label only its own B- or I-. The previous token's scores are held in
  // locals; each candidate is its score plus the transition, a later candidate winning only with a
  // strictly higher sum (the lower previous label wins a tie), as in a loop over them in order.
  for (let i = 0; i < n; i++) {
    const row = i * L;
    if (i === 0 || breakBefore[i]) {
      for (let l = 0; l < L; l++) best[row + l] = allowed(-1, l) ? scores[row + l] + START[l] : -Infinity;
      continue;
    }
    const prevRow = row - L;
    const b0 = best[prevRow];
    const b1 = best[prevRow + 1];
    const b2 = best[prevRow + 2];
    const b3 = best[prevRow + 3];
    const b4 = best[prevRow + 4];
    const b5 = best[prevRow + 5];
    const b6 = best[prevRow + 6];
    const b7 = best[prevRow + 7];
    const b8 = best[prevRow + 8];
    for (let l = 0; l < L; l += l === 0 ? 1 : 2) {
      // O and the B- labels: all nine candidates
      const t = l * L;
      let top = b0 + INTO[t];
      let arg = 0;
      let s = b1 + INTO[t + 1];
      if (s > top) {
        top = s;
        arg = 1;
      }
      s = b2 + INTO[t + 2];
      if (s > top) {
        top = s;
        arg = 2;
      }
      s = b3 + INTO[t + 3];
      if (s > top) {
        top = s;
        arg = 3;
      }
      s = b4 + INTO[t + 4];
      if (s > top) {
        top = s;
        arg = 4;
      }
      s = b5 + INTO[t + 5];
      if (s > top) {
        top = s;
        arg = 5;
      }
      s = b6 + INTO[t + 6];
      if (s > top) {
        top = s;
        arg = 6;
      }
      s = b7 + INTO[t + 7];
      if (s > top) {
        top = s;
        arg = 7;
      }
      s = b8 + INTO[t + 8];
      if (s > top) {
        top = s;
        arg = 8;
      }
      best[row + l] = top + scores[row + l];
      back[row + l] = arg;
    }
    // the I- labels: their own B- (l - 1), then themselves
    inside(best, back, scores, row, 2, b1, b2);
    inside(best, back, scores, row, 4, b3, b4);
    inside(best, back, scores, row, 6, b5, b6);
    inside(best, back, scores, row, 8, b7, b8);
  }
  // follow the back pointers from the best last label of each line
  let end = n - 1;
  while (end >= 0) {
    let start = end;
    while (start > 0 && !breakBefore[start]) start--;
    let label = 0;
    for (let l = 1; l < L; l++) if (best[end * L + l] > best[end * L + label]) label = l;
    for (let i = end; i >= start; i--) {
      labels[i] = label;
      label = back[i * L + label];
    }
    end = start - 1;
  }
  return labels;
}

/** viterbi's step for I- label l, whose candidates are its B- (score `fromB`) and itself (`fromI`). */
function inside(best: Float64Array, back: Uint8Array, scores: Float64Array, row: number, l: number, fromB: number, fromI: number): void {
  let top = fromB + INTO[l * L + l - 1];
  let arg = l - 1;
  const s = fromI + INTO[l * L + l];
  if (s > top) {
    top = s;
    arg = l;
  }
  best[row + l] = top + scores[row + l];
  back[row + l] = arg;
}

/** A stage's weights as stored: feature hashes, L quantized weights each (i16 × scale), transitions. */
export interface QuantizedStage {
  scale: number;
  keys: ArrayLike<number>;
  /** keys.length × L */
  weights: ArrayLike<number>;
  transitions: ArrayLike<number>;
}

/**
 * Reads a model file. Version 2 (little-endian; what scripts/train-ner.mjs writes, models/README.md):
 *   "KHNR", version 2, L, slots (a power of two), features, scale of stage 1 (f32), scale of stage 2 (f32), 0;
 *   transitions of stage 1 and of stage 2, (L + 1) × L f32 each;
 *   keys: slots × u32 (0 = empty; linear probing from key & (slots − 1));
 *   weights: slots × 2L × i16 (stage 1's L, then stage 2's).
 * The arrays are typed-array views of `bytes` (copied once if they are not 4-byte aligned), which reads
 * the file's little-endian numbers right on every machine JavaScript runs on (all are little-endian).
 * Version 1 files (each stage a list of features) are still read, into a new table.
 */
export function parseModel(bytes: Uint8Array, name = 'model'): SequenceModel {
  const fail = (why: string): never => {
    throw new KhabarError('E_LEXICON', `${name} is not a khabar NER model (${why})`);
  };
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 8 || view.getUint32(0, true) !== MAGIC) fail('bad magic');
  const version = view.getUint32(4, true);
  if (version === 1) return parseVersion1(view, fail);
  if (version !== VERSION) fail(`version ${version}, expected ${VERSION}`);
  if (bytes.length < HEADER || view.getUint32(8, true) !== L) fail(`not ${L} labels`);
  const slots = view.getUint32(12, true);
  if (slots === 0 || (slots & (slots - 1)) !== 0) fail('the table size is no power of two');
  const transitionsAt = HEADER;
  const keysAt = transitionsAt + 2 * (L + 1) * L * 4;
  const weightsAt = keysAt + slots * 4;
  if (bytes.length !== weightsAt + slots * 2 * L * 2) fail('truncated');
  const table: ModelTable = {
    keys: new Uint32Array(bytes.buffer, bytes.byteOffset + keysAt, slots),
    weights: new Int16Array(bytes.buffer, bytes.byteOffset + weightsAt, slots * 2 * L),
    mask: slots - 1,
  };
  const stage = (s: number): StageWeights => ({
    table,
    offset: s * L,
    scale: view.getFloat32(20 + 4 * s, true),
    transitions: new Float32Array(bytes.buffer, bytes.byteOffset + transitionsAt + s * (L + 1) * L * 4, (L + 1) * L),
  });
  return { first: stage(0), second: stage(1) };
}

/** Version 1: for each stage its feature count n, scale (f32), transitions, n hashes (u32), n × L weights (i16). */
function readVersion1(view: DataView, fail: (why: string) => never): [QuantizedStage, QuantizedStage] {
  let at = 8;
  const stage = (): QuantizedStage => {
    if (at + 8 + (L + 1) * L * 4 > view.byteLength) fail('truncated');
    const n = view.getUint32(at, true);
    const scale = view.getFloat32(at + 4, true);
    at += 8;
    const transitions = new Float32Array((L + 1) * L);
    for (let k = 0; k < transitions.length; k++, at += 4) transitions[k] = view.getFloat32(at, true);
    if (at + n * 4 + n * L * 2 > view.byteLength) fail('truncated');
    const keys = new Uint32Array(n);
    const weights = new Int16Array(n * L);
    for (let f = 0; f < n; f++) keys[f] = view.getUint32(at + f * 4, true);
    at += n * 4;
    for (let k = 0; k < n * L; k++) weights[k] = view.getInt16(at + k * 2, true);
    at += n * L * 2;
    return { scale, keys, weights, transitions };
  };
  const first = stage();
  return [first, stage()];
}

function parseVersion1(view: DataView, fail: (why: string) => never): SequenceModel {
  const [first, second] = readVersion1(view, fail);
  return parseModel(packTable(first, second));
}

/** The stages of a version 1 file, as stored (scripts/convert-model.mjs turns them into version 2 losslessly). */
export function readModelVersion1(bytes: Uint8Array, name = 'model'): [QuantizedStage, QuantizedStage] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fail = (why: string): never => {
    throw new KhabarError('E_LEXICON', `${name} is not a version 1 khabar NER model (${why})`);
  };
  if (bytes.length < 8 || view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== 1) fail('bad magic or version');
  return readVersion1(view, fail);
}

/** Lays out two quantized stages as a version 2 file: one table over the features of both. */
export function packTable(first: QuantizedStage, second: QuantizedStage): Uint8Array {
  const union = new Set<number>();
  for (const stage of [first, second]) for (let f = 0; f < stage.keys.length; f++) union.add(stage.keys[f]);
  // load factor ≤ 2/3: a probe for an unknown feature stops after a few slots
  let slots = 1;
  while (slots < union.size * 1.5) slots <<= 1;
  const keysAt = HEADER + 2 * (L + 1) * L * 4;
  const weightsAt = keysAt + slots * 4;
  const bytes = new Uint8Array(weightsAt + slots * 2 * L * 2);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, L, true);
  view.setUint32(12, slots, true);
  view.setUint32(16, union.size, true);
  view.setFloat32(20, first.scale, true);
  view.setFloat32(24, second.scale, true);
  [first, second].forEach((stage, s) => {
    for (let k = 0; k < (L + 1) * L; k++) view.setFloat32(HEADER + (s * (L + 1) * L + k) * 4, stage.transitions[k], true);
  });
  const keys = new Uint32Array(bytes.buffer, keysAt, slots);
  const weights = new Int16Array(bytes.buffer, weightsAt, slots * 2 * L);
  const table: ModelTable = { keys, weights, mask: slots - 1 };
  [first, second].forEach((stage, s) => {
    for (let f = 0; f < stage.keys.length; f++) {
      const key = stage.keys[f];
      if (key === 0) throw new KhabarError('E_LEXICON', 'a feature hash of 0 cannot be stored (0 marks an empty slot)');
      let slot = findSlot(table, key);
      if (slot < 0) {
        slot = key & table.mask;
        while (keys[slot] !== 0) slot = (slot + 1) & table.mask;
        keys[slot] = key;
      }
      for (let l = 0; l < L; l++) weights[slot * 2 * L + s * L + l] = stage.weights[f * L + l];
    }
  });
  return bytes;
}

/** Trained weights of one stage, before packing: feature hash → L weights, and the transitions. */
export interface TrainedStage {
  weights: Map<number, Float32Array | Float64Array>;
  transitions: Float32Array | Float64Array;
}

/** Quantizes a trained stage: its weights as i16 × scale, scale = the largest |weight| / 32767. */
export function quantize(stage: TrainedStage): QuantizedStage {
  let max = 0;
  for (const w of stage.weights.values()) for (let l = 0; l < L; l++) max = Math.max(max, Math.abs(w[l]));
  // the file keeps the scale as a float32; quantizing with the double is what version 1 did too
  const scale = max / 32767 || 1;
  const keys = new Uint32Array(stage.weights.size);
  const weights = new Int16Array(stage.weights.size * L);
  let f = 0;
  for (const [key, w] of stage.weights) {
    keys[f] = key;
    for (let l = 0; l < L; l++) weights[f * L + l] = Math.round(w[l] / scale);
    f++;
  }
  return { scale, keys, weights, transitions: stage.transitions };
}

/** Serializes two trained stages into the binary layout of parseModel. */
export function packModel(first: TrainedStage, second: TrainedStage): Uint8Array {
  return packTable(quantize(first), quantize(second));
}

export { LABELS };
