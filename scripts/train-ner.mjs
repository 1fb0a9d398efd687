// Trains khabar's NER sequence model (src/entities/model.ts) on the ANERcorp training split and writes
// models/ner.bin; with --folds K, prints K-fold cross-validation instead (contiguous folds: each fold is
// scored by a model, and by ANERcorp names, that never saw it).
//
//   npm run build && node scripts/train-ner.mjs [--folds 5] [--epochs 10] [--extra more.conll]
//
// The model is a linear-chain structured perceptron (averaged weights, Viterbi decoding) in two stages.
// Both read what the gazetteer, the rules and the alias linker propose; the second also reads what the
// first stage found for the same words elsewhere in the document. Evidence is never taken from the text
// it is trained on: the ANERcorp names of each training document are mined from the other documents
// only, and the second stage learns from first-stage labels of models that did not see the document
// (jackknifing, five folds inside the training set).
//
// Data: ANERcorp (Benajiba et al. 2007; CAMeL Lab training split), CC BY-SA 4.0: the model is shared
// under the same licence.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, shared } from './lib.mjs';
import { createAnalyzer } from '../dist/esm/index.js';
import { K_WORD, scanTokens } from '../dist/esm/tokens/scan.js';
import { loadResources, SHIPPED_ENTITY_FILES } from '../dist/esm/lexicon/resources.js';
import { docTokens } from '../dist/esm/entities/layers.js';
import { candidateMentions } from '../dist/esm/entities/recognize.js';
import { documentContext } from '../dist/esm/entities/context.js';
import { LABELS, LABEL_COUNT, documentFeatures, firstStageFeatures, tokenEvidence, wordFacts } from '../dist/esm/entities/features.js';
import { allowed, packModel, viterbi } from '../dist/esm/entities/model.js';
import { parseConll } from '../dist/esm/eval/conll.js';
import { evaluateNer } from '../dist/esm/eval/ner.js';
import { mineNames } from './anercorp-names.mjs';
import { miningContext } from './mining-context.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const EPOCHS = option('--epochs', 10);
const FOLDS = option('--folds', 0);
const INNER = 5; // jackknife folds inside a training set
const L = LABEL_COUNT;
const labelIndex = new Map(LABELS.map((l, i) => [l, i]));

const documents = parseConll(readFileSync(join(shared, 'data/anercorp/train.txt'), 'utf8'), 'anercorp');
// --extra FILE (repeatable): more CoNLL training data, never scored on; its MISC is read as O (other
// corpora's MISC is not ANERcorp's: AQMAR's holds each article's own classes)
const withoutMisc = (d) => ({ sentences: d.sentences.map((s) => ({ tokens: s.tokens, tags: s.tags.map((t) => (t.endsWith('-MISC') ? 'O' : t)) })) });
const extra = args.flatMap((a, i) => (a === '--extra' ? parseConll(readFileSync(args[i + 1], 'utf8'), args[i + 1]).map(withoutMisc) : []));
const mining = miningContext();
const shippedFiles = SHIPPED_ENTITY_FILES.filter((f) => f !== 'anercorp.jsonl').map((f) => join(root, 'lexicons', f));
const sentencesOf = (docs) => docs.flatMap((d) => d.sentences.map((s) => s.tokens.map((t, k) => [t, s.tags[k]])));
const conllOf = (docs) => docs.map((d) => d.sentences.map((s) => s.tokens.map((t, k) => `${t} ${s.tags[k]}`).join('\n')).join('\n\n')).join('\n\n# doc\n');

/** Contiguous folds of `items`: fold f holds items [f·n/k, (f+1)·n/k). */
function folds(items, k) {
  return Array.from({ length: k }, (_, f) => items.slice(Math.floor((f * items.length) / k), Math.floor(((f + 1) * items.length) / k)));
}

/** ANERcorp names mined from these documents only (scripts/anercorp-names.mjs). */
function minedEntries(trainDocs) {
  return mineNames(sentencesOf(trainDocs), mining.known, mining.skip, { genderOf: mining.genderOf });
}
/** The lexicons an analyzer of `trainDocs` may know: the shipped ones, with ANERcorp names mined from them. */
function resourcesFor(trainDocs) {
  return loadResources({ defaultLexicons: false, lexicons: [...shippedFiles, minedEntries(trainDocs)] });
}

/** A document as the model sees it: our tokens, their features and the gold label of each. */
function prepare(doc, res) {
  const goldEnds = [];
  const goldTags = [];
  let text = '';
  for (const s of doc.sentences) {
    s.tokens.forEach((tok, k) => {
      if (k > 0) text += ' ';
      text += tok;
      goldEnds.push(text.length);
      goldTags.push(s.tags[k]);
    });
    text += '\n';
  }
  const d = docTokens(scanTokens(text), res);
  const context = documentContext(d);
  const evidence = candidateMentions(d, res, context);
  const n = d.table.count;
  const facts = [];
  const stems = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    facts.push(wordFacts(d.table.norms[i], d.table.kinds[i], d.lexemes[i], res));
    if (d.table.kinds[i] === K_WORD) stems[i] = facts[i].stem;
  }
  const features = firstStageFeatures(d, facts, tokenEvidence(d, evidence, res), context);
  const gold = new Uint8Array(n);
  let g = 0;
  let previous = -1;
  for (let i = 0; i < n; i++) {
    while (g < goldEnds.length && goldEnds[g] <= d.table.starts[i]) g++;
    const tag = goldTags[g] ?? 'O';
    let label = labelIndex.get(tag) ?? 0;
    // the second piece of one gold token (وموسكو-أنقرة) continues its entity
    if (g === previous && tag.startsWith('B-')) label = labelIndex.get('I-' + tag.slice(2));
    gold[i] = label;
    previous = g;
  }
  return { d, evidence, stems, features, gold, n, breakBefore: d.breakBefore };
}

/** The lines of a document (entities never cross a line break): [start, end) token ranges. */
function linesOf(item) {
  const lines = [];
  let start = 0;
  for (let i = 1; i <= item.n; i++) {
    if (i === item.n || item.breakBefore[i]) {
      if (i > start) lines.push([start, i]);
      start = i;
    }
  }
  return lines;
}

/** Adds the weights of rows of features to n × L scores (a trained, unpacked stage). */
function addScores(stage, features, n, scores = new Float64Array(n * L)) {
  for (let i = 0; i < n; i++) {
    for (let k = features.offsets[i]; k < features.offsets[i + 1]; k++) {
      const w = stage.weights.get(features.feats[k]);
      if (w) for (let l = 0; l < L; l++) scores[i * L + l] += w[l];
    }
  }
  return scores;
}

/** Two row sets of the same tokens as one: each token's features of both. */
function joinRows(a, b) {
  const n = a.offsets.length - 1;
  const offsets = new Int32Array(n + 1);
  const feats = new Uint32Array(a.feats.length + b.feats.length);
  let at = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = at;
    for (let k = a.offsets[i]; k < a.offsets[i + 1]; k++) feats[at++] = a.feats[k];
    for (let k = b.offsets[i]; k < b.offsets[i + 1]; k++) feats[at++] = b.feats[k];
  }
  offsets[n] = at;
  return { offsets, feats };
}

/**
 * Averaged structured perceptron: Viterbi over each line with the current weights; where the best
 * sequence differs from the gold one, the gold features gain and the predicted ones lose.
 */
function trainStage(items, featuresOf, seed = 42) {
  const weights = new Map(); // feature → [w(L) | sum of c·update (L)]
  const trans = new Float64Array(2 * (L + 1) * L);
  let clock = 1;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const update = (key, label, delta) => {
    let w = weights.get(key);
    if (!w) weights.set(key, (w = new Float64Array(2 * L)));
    w[label] += delta;
    w[L + label] += clock * delta;
  };
  const updateTransition = (prev, label, delta) => {
    const k = (prev + 1) * L + label;
    trans[k] += delta;
    trans[(L + 1) * L + k] += clock * delta;
  };
  const work = items.map((item) => ({ item, features: featuresOf(item), lines: linesOf(item) }));
  const current = new Float32Array((L + 1) * L);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const order = work.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const index of order) {
      const { item, features, lines } = work[index];
      for (const [a, b] of lines) {
        const m = b - a;
        const scores = new Float64Array(m * L);
        for (let i = a; i < b; i++) {
          for (let k = features.offsets[i]; k < features.offsets[i + 1]; k++) {
            const w = weights.get(features.feats[k]);
            if (w) for (let l = 0; l < L; l++) scores[(i - a) * L + l] += w[l];
          }
        }
        for (let k = 0; k < current.length; k++) current[k] = trans[k];
        const predicted = viterbi(scores, current, new Uint8Array(m), m);
        for (let i = 0; i < m; i++) {
          const p = predicted[i];
          const g = item.gold[a + i];
          if (p !== g) {
            for (let k = features.offsets[a + i]; k < features.offsets[a + i + 1]; k++) {
              update(features.feats[k], g, 1);
              update(features.feats[k], p, -1);
            }
          }
          const pp = i === 0 ? -1 : predicted[i - 1];
          const gp = i === 0 ? -1 : item.gold[a + i - 1];
          if (pp !== gp || p !== g) {
            updateTransition(gp, g, 1);
            updateTransition(pp, p, -1);
          }
        }
        clock++;
      }
    }
  }
  // averaged weights: w − (Σ c·update) / c; features whose weights all stay tiny are dropped
  const averaged = new Map();
  for (const [key, w] of weights) {
    const avg = new Float32Array(L);
    let max = 0;
    for (let l = 0; l < L; l++) {
      avg[l] = w[l] - w[L + l] / clock;
      max = Math.max(max, Math.abs(avg[l]));
    }
    if (max > 1e-3) averaged.set(key, avg);
  }
  const transitions = new Float32Array((L + 1) * L);
  for (let k = 0; k < transitions.length; k++) transitions[k] = trans[k] - trans[(L + 1) * L + k] / clock;
  // a transition that can never happen stays impossible whatever its weight
  for (let p = -1; p < L; p++) for (let l = 0; l < L; l++) if (!allowed(p, l)) transitions[(p + 1) * L + l] = -1e9;
  return { weights: averaged, transitions };
}

/**
 * Trains both stages on `docs`. Each document's features come from lexicons mined without it; the
 * second stage learns, on top of the scores and labels of a first stage trained without the document,
 * the weights of its document features.
 */
function trainModel(docs) {
  const parts = folds(docs, INNER);
  const prepared = parts.map((part) => {
    const res = resourcesFor(docs.filter((d) => !part.includes(d)));
    return part.map((doc) => prepare(doc, res));
  });
  const first = trainStage(prepared.flat(), (item) => item.features);
  prepared.forEach((part, k) => {
    const heldOut = trainStage(prepared.filter((_, j) => j !== k).flat(), (item) => item.features);
    for (const item of part) item.firstLabels = viterbi(addScores(heldOut, item.features, item.n), heldOut.transitions, item.breakBefore, item.n);
  });
  const second = trainStage(prepared.flat(), (item) => joinRows(item.features, documentFeatures(item.d, item.stems, item.firstLabels, item.evidence)));
  return { first, second };
}

function addCounts(into, report) {
  for (const [cls, s] of Object.entries({ ...report.classes, overall: report.overall })) {
    const t = (into[cls] ??= { tp: 0, fp: 0, fn: 0 });
    t.tp += s.tp;
    t.fp += s.fp;
    t.fn += s.fn;
  }
}
function printCounts(title, counts) {
  console.log(`# ${title}`);
  console.log('class     precision  recall     F1     tp    fp    fn');
  for (const [cls, { tp, fp, fn }] of Object.entries(counts)) {
    const p = tp / (tp + fp || 1);
    const r = tp / (tp + fn || 1);
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    console.log(`${cls.padEnd(9)} ${(100 * p).toFixed(1).padStart(5)}    ${(100 * r).toFixed(1).padStart(5)}  ${(100 * f).toFixed(1).padStart(5)}  ${String(tp).padStart(5)} ${String(fp).padStart(5)} ${String(fn).padStart(5)}`);
  }
  console.log('');
}

if (FOLDS > 1) {
  const tmp = join(root, '.bench-tmp');
  mkdirSync(tmp, { recursive: true });
  const totals = { rules: {}, model: {} };
  folds(documents, FOLDS).forEach((test, f) => {
    const train = [...documents.filter((d) => !test.includes(d)), ...extra];
    const started = Date.now();
    const { first, second } = trainModel(train);
    const modelPath = join(tmp, `ner-fold${f}.bin`);
    writeFileSync(modelPath, packModel(first, second));
    const lexicons = [...shippedFiles, minedEntries(train)];
    for (const [key, tagger] of [['rules', false], ['model', modelPath]]) {
      const analyzer = createAnalyzer({ defaultLexicons: false, lexicons, tagger });
      addCounts(totals[key], evaluateNer(conllOf(test), (text) => analyzer.analyze(text, { tokens: false, sentences: false }), 'fold'));
    }
    console.error(`fold ${f + 1}/${FOLDS}: ${test.length} documents, trained in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  });
  printCounts(`ANERcorp training split, ${FOLDS}-fold cross-validation (contiguous folds): lexicons + rules (tagger: false), ANERcorp names from the other folds`, totals.rules);
  printCounts(`ANERcorp training split, ${FOLDS}-fold cross-validation (contiguous folds): the default analyzer, its model trained on the other folds`, totals.model);
} else {
  const { first, second } = trainModel([...documents, ...extra]);
  const bytes = packModel(first, second);
  const out = join(root, 'models/ner.bin');
  writeFileSync(out, bytes);
  console.error(`${out}: ${first.weights.size} + ${second.weights.size} features, ${(bytes.length / 1e6).toFixed(2)} MB`);
}
