// The averaged-perceptron tagger: a hash table from feature hash to one weight per label, decoded
// greedily left to right. Weights ship as data (models/ner-tagger.bin), trained by scripts/train-tagger.mjs.

import { readModelFile, shippedModel } from '../../data/shipped.js';
import { KhabarError } from '../../errors.js';
import { LABELS, labelFeatures, type TokenFacts } from './features.js';

const L = LABELS.length;
const MAGIC = 0x4b484154; // "KHAT"

export interface TaggerModel {
  /** Open-addressing table: keys (0 = empty) and L weights per slot. */
  keys: Uint32Array;
  weights: Float32Array;
  mask: number;
}

/**
 * Binary layout (little-endian): magic "KHAT", version 2, feature count n, weight scale (f32), then n
 * feature hashes (u32) and n × L weights (i16, multiplied by the scale). The hash table is built on load.
 */
export function parseModel(bytes: Uint8Array, name: string): TaggerModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 16 || view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== 2) throw new KhabarError('E_LEXICON', `${name} is not a khabar tagger model`);
  const n = view.getUint32(8, true);
  const scale = view.getFloat32(12, true);
  if (bytes.length !== 16 + n * 4 + n * L * 2) throw new KhabarError('E_LEXICON', `${name} is truncated`);
  const aligned = new Uint8Array(n * 4 + n * L * 2);
  aligned.set(bytes.subarray(16));
  const features = new Uint32Array(aligned.buffer, 0, n);
  const quantized = new Int16Array(aligned.buffer, n * 4, n * L);
  let slots = 1;
  while (slots < n * 1.5) slots <<= 1;
  const keys = new Uint32Array(slots);
  const weights = new Float32Array(slots * L);
  for (let f = 0; f < n; f++) {
    let slot = features[f] & (slots - 1);
    while (keys[slot] !== 0) slot = (slot + 1) & (slots - 1);
    keys[slot] = features[f];
    for (let l = 0; l < L; l++) weights[slot * L + l] = quantized[f * L + l] * scale;
  }
  return { keys, weights, mask: slots - 1 };
}

/** Reads and parses a model file (in Node: outside it, paths are an E_OPTION error). */
export function loadModel(path: string): TaggerModel {
  return parseModel(readModelFile(path), path);
}

/** The tagger an analyzer is configured with: none (false or absent), the shipped model (true), or a file. */
export function loadTagger(option: boolean | string | undefined): TaggerModel | null {
  if (option === undefined || option === false) return null;
  if (typeof option === 'string') return loadModel(option);
  return parseModel(shippedModel('ner-tagger.bin'), 'models/ner-tagger.bin');
}

/** Serializes trained weights (feature hash → weights) into the binary layout. */
export function packModel(table: Map<number, Float64Array | Float32Array>): Uint8Array {
  let max = 0;
  for (const w of table.values()) for (let l = 0; l < L; l++) max = Math.max(max, Math.abs(w[l]));
  const scale = max / 32767 || 1;
  const n = table.size;
  const features = new Uint32Array(n);
  const quantized = new Int16Array(n * L);
  let f = 0;
  for (const [key, w] of table) {
    features[f] = key === 0 ? 1 : key;
    for (let l = 0; l < L; l++) quantized[f * L + l] = Math.round(w[l] / scale);
    f++;
  }
  const head = Buffer.alloc(16);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(2, 4);
  head.writeUInt32LE(n, 8);
  head.writeFloatLE(scale, 12);
  return Buffer.concat([head, Buffer.from(features.buffer), Buffer.from(quantized.buffer)]);
}

/** Adds the weights of feature `key` to `scores`. */
function addWeights(model: TaggerModel, key: number, scores: Float64Array): void {
  const k = key === 0 ? 1 : key;
  const { keys, weights, mask } = model;
  let slot = k & mask;
  for (;;) {
    const found = keys[slot];
    if (found === 0) return;
    if (found === k) {
      const base = slot * L;
      for (let l = 0; l < L; l++) scores[l] += weights[base + l];
      return;
    }
    slot = (slot + 1) & mask;
  }
}

/** Greedy left-to-right decoding; `skip[i]` tokens are O without scoring (punctuation, function words). */
export function tagTokens(model: TaggerModel, facts: TokenFacts, breakBefore: Uint8Array, skip: Uint8Array): Uint8Array {
  const n = facts.word.length;
  const labels = new Uint8Array(n);
  const scores = new Float64Array(L);
  const dynamic = new Uint32Array(3);
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < n; i++) {
    if (breakBefore[i]) prev = prev2 = 0;
    if (skip[i]) {
      labels[i] = 0;
      prev2 = prev;
      prev = 0;
      continue;
    }
    scores.fill(0);
    const base = i * facts.perToken;
    for (let k = 0; k < facts.perToken; k++) addWeights(model, facts.features[base + k], scores);
    labelFeatures(prev, prev2, facts.word[i], dynamic);
    for (let k = 0; k < 3; k++) addWeights(model, dynamic[k], scores);
    let best = 0;
    for (let l = 1; l < L; l++) {
      // an I- label only continues a B-/I- of its own class
      if (LABELS[l].startsWith('I-') && !(prev === l || prev === l - 1)) continue;
      if (scores[l] > scores[best]) best = l;
    }
    labels[i] = best;
    prev2 = prev;
    prev = best;
  }
  return labels;
}
