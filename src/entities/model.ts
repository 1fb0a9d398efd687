// The sequence model: a linear-chain model over BIO labels (a structured perceptron's averaged weights),
// decoded exactly with Viterbi. Two stages, as two-stage CRFs do: the second has the first stage's
// features with weights of its own, and what the first stage found elsewhere in the document
// (features.ts, documentFeatures). The weights ship as data (models/ner.bin), trained by
// scripts/train-ner.mjs.

import { KhabarError } from '../errors.js';
import { LABELS, LABEL_COUNT } from './features.js';

const L = LABEL_COUNT;
const MAGIC = 0x524e484b; // "KHNR"
const VERSION = 1;

/** One stage: a hash table from feature hash to L weights, and the label transition weights. */
export interface StageWeights {
  /** Open addressing: keys (0 = empty) and L weights per slot. */
  keys: Uint32Array;
  weights: Float32Array;
  mask: number;
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

/** Adds the weights of feature `key` to `scores` at `base` (nothing for a feature the model does not know). */
export function addFeatureWeights(stage: StageWeights, key: number, scores: Float64Array | Float32Array, base: number): void {
  const { keys, weights, mask } = stage;
  let slot = key & mask;
  for (;;) {
    const found = keys[slot];
    if (found === 0) return;
    if (found === key) {
      const w = slot * L;
      for (let l = 0; l < L; l++) scores[base + l] += weights[w + l];
      return;
    }
    slot = (slot + 1) & mask;
  }
}

// For each label, the labels that may come before it (an I- only after its own B- or I-).
const BEFORE: readonly Int8Array[] = Array.from({ length: L }, (_, l) => Int8Array.from(Array.from({ length: L }, (_, p) => p).filter((p) => allowed(p, l))));

/**
 * The best label sequence under the emission scores and the stage's transitions, by Viterbi; a line
 * break (`breakBefore`) starts a new sequence.
 */
export function viterbi(scores: Float64Array, transitions: Float32Array, breakBefore: Uint8Array, n: number): Uint8Array {
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  const best = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let i = 0; i < n; i++) {
    const row = i * L;
    if (i === 0 || breakBefore[i]) {
      for (let l = 0; l < L; l++) best[row + l] = allowed(-1, l) ? scores[row + l] + transitions[l] : -Infinity;
      continue;
    }
    const prevRow = row - L;
    for (let l = 0; l < L; l++) {
      const before = BEFORE[l];
      let arg = before[0];
      let top = best[prevRow + arg] + transitions[(arg + 1) * L + l];
      for (let k = 1; k < before.length; k++) {
        const p = before[k];
        const s = best[prevRow + p] + transitions[(p + 1) * L + l];
        if (s > top) {
          top = s;
          arg = p;
        }
      }
      best[row + l] = top + scores[row + l];
      back[row + l] = arg;
    }
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

/**
 * Binary layout (little-endian): magic "KHNR", version 1, then each stage: feature count n, weight scale
 * (f32), (L + 1) × L transitions (f32), n feature hashes (u32), n × L weights (i16 × scale).
 */
export function parseModel(bytes: Uint8Array, name = 'model'): SequenceModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fail = (why: string): never => {
    throw new KhabarError('E_LEXICON', `${name} is not a khabar NER model (${why})`);
  };
  if (bytes.length < 8 || view.getUint32(0, true) !== MAGIC) fail('bad magic');
  if (view.getUint32(4, true) !== VERSION) fail(`version ${view.getUint32(4, true)}, expected ${VERSION}`);
  let at = 8;
  const stage = (): StageWeights => {
    if (at + 8 + (L + 1) * L * 4 > bytes.length) fail('truncated');
    const n = view.getUint32(at, true);
    const scale = view.getFloat32(at + 4, true);
    at += 8;
    const transitions = new Float32Array((L + 1) * L);
    for (let k = 0; k < transitions.length; k++, at += 4) transitions[k] = view.getFloat32(at, true);
    if (at + n * 4 + n * L * 2 > bytes.length) fail('truncated');
    let slots = 1;
    while (slots < n * 1.5) slots <<= 1;
    const keys = new Uint32Array(slots);
    const weights = new Float32Array(slots * L);
    const wAt = at + n * 4;
    for (let f = 0; f < n; f++) {
      const key = view.getUint32(at + f * 4, true);
      let slot = key & (slots - 1);
      while (keys[slot] !== 0) slot = (slot + 1) & (slots - 1);
      keys[slot] = key;
      for (let l = 0; l < L; l++) weights[slot * L + l] = view.getInt16(wAt + (f * L + l) * 2, true) * scale;
    }
    at = wAt + n * L * 2;
    return { keys, weights, mask: slots - 1, transitions };
  };
  const first = stage();
  const second = stage();
  return { first, second };
}

/** Trained weights of one stage, before packing: feature hash → L weights, and the transitions. */
export interface TrainedStage {
  weights: Map<number, Float32Array | Float64Array>;
  transitions: Float32Array | Float64Array;
}

/** Serializes two trained stages into the binary layout of parseModel. */
export function packModel(first: TrainedStage, second: TrainedStage): Uint8Array {
  const parts: Uint8Array[] = [];
  const head = new DataView(new ArrayBuffer(8));
  head.setUint32(0, MAGIC, true);
  head.setUint32(4, VERSION, true);
  parts.push(new Uint8Array(head.buffer));
  for (const stage of [first, second]) {
    let max = 0;
    for (const w of stage.weights.values()) for (let l = 0; l < L; l++) max = Math.max(max, Math.abs(w[l]));
    const scale = max / 32767 || 1;
    const n = stage.weights.size;
    const bytes = new DataView(new ArrayBuffer(8 + (L + 1) * L * 4 + n * 4 + n * L * 2));
    bytes.setUint32(0, n, true);
    bytes.setFloat32(4, scale, true);
    let at = 8;
    for (let k = 0; k < (L + 1) * L; k++, at += 4) bytes.setFloat32(at, stage.transitions[k], true);
    const wAt = at + n * 4;
    let f = 0;
    for (const [key, w] of stage.weights) {
      bytes.setUint32(at + f * 4, key, true);
      for (let l = 0; l < L; l++) bytes.setInt16(wAt + (f * L + l) * 2, Math.round(w[l] / scale), true);
      f++;
    }
    parts.push(new Uint8Array(bytes.buffer));
  }
  const total = parts.reduce((s, p) => s + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export { LABELS };
