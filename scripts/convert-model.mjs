// Converts a version 1 NER model file (each stage a list of features, rebuilt into a hash table on every
// load) into version 2 (the hash table itself, read with zero-copy typed-array views: models/README.md).
// Lossless: the same feature hashes, the same quantized weights and scales, the same transitions, so the
// same decisions. scripts/train-ner.mjs writes version 2 directly.
//
//   npm run build && node scripts/convert-model.mjs [models/ner.bin] [out.bin]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib.mjs';
import { readModelVersion1, packTable, parseModel, findSlot } from '../dist/esm/entities/model.js';
import { LABEL_COUNT as L } from '../dist/esm/entities/features.js';

const input = process.argv[2] ?? join(root, 'models/ner.bin');
const output = process.argv[3] ?? input;
const [first, second] = readModelVersion1(readFileSync(input), input);
const bytes = packTable(first, second);

// check: every feature of each stage has its weights, scale and transitions in the new table
const model = parseModel(bytes, output);
[first, second].forEach((stage, s) => {
  const weights = model[s ? 'second' : 'first'];
  if (weights.scale !== Math.fround(stage.scale)) throw new Error(`stage ${s + 1}: scale changed`);
  for (let k = 0; k < stage.transitions.length; k++) if (weights.transitions[k] !== stage.transitions[k]) throw new Error(`stage ${s + 1}: transition ${k} changed`);
  for (let f = 0; f < stage.keys.length; f++) {
    const slot = findSlot(weights.table, stage.keys[f]);
    for (let l = 0; l < L; l++) if (slot < 0 || weights.table.weights[slot * 2 * L + weights.offset + l] !== stage.weights[f * L + l]) throw new Error(`stage ${s + 1}: feature ${stage.keys[f]} changed`);
  }
});
writeFileSync(output, bytes);
console.error(`${output}: ${first.keys.length} + ${second.keys.length} features, ${model.first.table.keys.length} slots, ${(bytes.length / 1e6).toFixed(2)} MB (version 2)`);
