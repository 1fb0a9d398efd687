// Trains khabar's NER sequence model (src/entities/model.ts) on the ANERcorp training split and writes
// models/ner.bin; with --folds K, prints K-fold cross-validation instead (contiguous folds: each fold is
// scored by a model, and by ANERcorp names, that never saw it).
//
//   npm run build && node scripts/train-ner.mjs [--folds 5] [--epochs 10]
//
// The model is a linear-chain structured perceptron (averaged weights, Viterbi decoding) in two stages:
// the second stage reads the first stage's labels of the same word elsewhere in the document. Both read
// what the gazetteer, the rules and the alias linker propose. Evidence is never taken from the text it
// is trained on: the ANERcorp names of each training document are mined from the other documents only
// (jackknifing), and the first-stage labels the second stage learns from come from first-stage models
// that did not see the document.
//
// Data: ANERcorp (Benajiba et al. 2007; CAMeL Lab training split), CC BY-SA 4.0: the model is shared
// under the same licence.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, shared } from './lib.mjs';
import { createAnalyzer } from '../dist/esm/index.js';
import { scanTokens } from '../dist/esm/tokens/scan.js';
import { loadResources, SHIPPED_ENTITY_FILES } from '../dist/esm/lexicon/resources.js';
import { docTokens } from '../dist/esm/entities/layers.js';
import { candidateMentions } from '../dist/esm/entities/recognize.js';
import { documentContext } from '../dist/esm/entities/context.js';
import { FeatureExtractor, documentFeatures, tokenFeatures, LABELS, LABEL_COUNT } from '../dist/esm/entities/features.js';
import { allowed, packModel, viterbi } from '../dist/esm/entities/model.js';
import { parseConll } from '../dist/esm/eval/conll.js';
import { evaluateNer, formatNerReport } from '../dist/esm/eval/ner.js';
import { mineNames } from './anercorp-names.mjs';
import { miningContext } from './mining-context.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const EPOCHS = option('--epochs', 14);
const FOLDS = option('--folds', 0);
const INNER = 5; // jackknife folds inside a training set
const L = LABEL_COUNT;
const labelIndex = new Map(LABELS.map((l, i) => [l, i]));

const documents = parseConll(readFileSync(join(shared, 'data/anercorp/train.txt'), 'utf8'), 'anercorp');
// --extra FILE (repeatable): more CoNLL training data, never scored on; --misc-o maps its MISC to O
const extraFiles = args.flatMap((a, i) => (a === '--extra' ? [args[i + 1]] : []));
const extra = extraFiles.flatMap((file) =>
  parseConll(readFileSync(file, 'utf8'), file).map((d) =>
    args.includes('--misc-o') ? { sentences: d.sentences.map((s) => ({ tokens: s.tokens, tags: s.tags.map((t) => (t.endsWith('MISC') ? 'O' : t)) })) } : d,
  ),
);
const mining = miningContext();
const shippedFiles = SHIPPED_ENTITY_FILES.filter((f) => f !== 'anercorp.jsonl').map((f) => join(root, 'lexicons', f));
const sentencesOf = (docs) => docs.flatMap((d) => d.sentences.map((s) => s.tokens.map((t, k) => [t, s.tags[k]])));
const conllOf = (docs) => docs.map((d) => d.sentences.map((s) => s.tokens.map((t, k) => `${t} ${s.tags[k]}`).join('\n')).join('\n\n')).join('\n\n# doc\n');

/** Contiguous folds of `items`: fold f holds items [f·n/k, (f+1)·n/k). */
function folds(items, k) {
  return Array.from({ length: k }, (_, f) => items.slice(Math.floor((f * items.length) / k), Math.floor(((f + 1) * items.length) / k)));
}

/** The lexicons an analyzer of `trainDocs` may know: the shipped ones, with ANERcorp names mined from those documents. */
function minedEntries(trainDocs) {
  return mineNames(sentencesOf(trainDocs), mining.known, mining.skip, { genderOf: mining.genderOf, minCount: Number(process.env.MIN_COUNT ?? 2) });
}
function resourcesFor(trainDocs) {
  return loadResources({ defaultLexicons: false, lexicons: [...shippedFiles, minedEntries(trainDocs)] });
}

/** A document as the model sees it: our tokens, their first-stage features and the gold label of each. */
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
  const extractor = new FeatureExtractor(res);
  const features = tokenFeatures(d, evidence, res, extractor, context);
  const n = d.table.count;
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
  return { d, evidence, extractor, features, gold, n, breakBefore: d.breakBefore };
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

/**
 * Averaged structured perceptron: Viterbi over each line with the current weights; where the best
 * sequence differs from the gold one, the gold features gain and the predicted ones lose.
 */
function trainStage(items, featuresOf, epochs = EPOCHS, seed = 42) {
  const weights = new Map(); // feature → [w(L) | sum of c·update (L)]
  const trans = new Float64Array(2 * (L + 1) * L);
  let clock = 1;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const noBreaks = new Uint8Array(4096);
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
  for (let epoch = 0; epoch < epochs; epoch++) {
    const order = work.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let wrong = 0;
    let total = 0;
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
        const breaks = m <= noBreaks.length ? noBreaks : new Uint8Array(m);
        const t = new Float32Array((L + 1) * L);
        for (let k = 0; k < t.length; k++) t[k] = trans[k];
        const predicted = viterbi(scores, t, breaks, m);
        let differs = false;
        for (let i = 0; i < m; i++) if (predicted[i] !== item.gold[a + i]) differs = true;
        total += m;
        if (differs) {
          for (let i = 0; i < m; i++) {
            const p = predicted[i];
            const g = item.gold[a + i];
            if (p !== g) {
              wrong++;
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
        }
        clock++;
      }
    }
    if (process.env.VERBOSE) console.error(`  epoch ${epoch + 1}: ${(100 * (1 - wrong / total)).toFixed(2)}% tokens right`);
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

/** Decodes a prepared document with a trained (unpacked) stage. */
function decodeWith(stage, features, item) {
  const scores = new Float64Array(item.n * L);
  for (let i = 0; i < item.n; i++) {
    for (let k = features.offsets[i]; k < features.offsets[i + 1]; k++) {
      const w = stage.weights.get(features.feats[k]);
      if (w) for (let l = 0; l < L; l++) scores[i * L + l] += w[l];
    }
  }
  return viterbi(scores, stage.transitions, item.breakBefore, item.n);
}

/**
 * Trains both stages on `docs`. Each document's features come from lexicons mined without it, and the
 * first-stage labels the second stage reads from a first stage trained without it.
 */
function trainModel(docs) {
  const parts = folds(docs, INNER);
  const prepared = parts.map((part) => {
    const res = resourcesFor(docs.filter((d) => !part.includes(d)));
    return part.map((doc) => prepare(doc, res));
  });
  const all = prepared.flat();
  const first = trainStage(all, (item) => item.features);
  prepared.forEach((part, k) => {
    const heldOut = trainStage(prepared.filter((_, j) => j !== k).flat(), (item) => item.features);
    for (const item of part) item.firstLabels = decodeWith(heldOut, item.features, item);
  });
  const second = trainStage(all, (item) => documentFeatures(item.d, item.features, item.firstLabels, item.evidence, item.extractor));
  return { first, second };
}

/** For exploring settings: no jackknife, and the first stage stands in for the second. */
function quickModel(docs) {
  const res = resourcesFor(docs);
  const first = trainStage(docs.map((d) => prepare(d, res)), (item) => item.features);
  return { first, second: first };
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

const tmp = join(root, '.bench-tmp');
mkdirSync(tmp, { recursive: true });

if (FOLDS > 1) {
  const totals = { rules: {}, model: {} };
  folds(documents, FOLDS).forEach((test, f) => {
    const train = documents.filter((d) => !test.includes(d));
    const started = Date.now();
    const { first, second } = process.env.CV_QUICK ? quickModel([...train, ...extra]) : trainModel([...train, ...extra]);
    const modelPath = join(tmp, `ner-fold${f}.bin`);
    writeFileSync(modelPath, packModel(first, second));
    const lexicons = [...shippedFiles, minedEntries([...train, ...extra])];
    for (const [key, tagger] of process.env.CV_MODEL_ONLY ? [['model', modelPath]] : [['rules', false], ['model', modelPath]]) {
      const analyzer = createAnalyzer({ defaultLexicons: false, lexicons, tagger });
      const report = evaluateNer(conllOf(test), (text) => analyzer.analyze(text, { tokens: false, sentences: false }), 'fold');
      addCounts(totals[key], report);
      if (process.env.CV_ERRORS && key === 'model') for (const e of report.errors.slice(0, Number(process.env.CV_ERRORS))) console.log(`${e.kind} ${e.cls}\t${e.text}\t… ${e.context} …`);
    }
    console.error(`fold ${f + 1}/${FOLDS}: ${test.length} documents, trained in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  });
  printCounts(`ANERcorp training split, ${FOLDS}-fold cross-validation (contiguous folds): lexicons + rules, ANERcorp names from the other folds`, totals.rules);
  printCounts(`ANERcorp training split, ${FOLDS}-fold cross-validation (contiguous folds): + the sequence model trained on the other folds`, totals.model);
} else {
  const { first, second } = trainModel([...documents, ...extra]);
  const bytes = packModel(first, second);
  const out = join(root, 'models/ner.bin');
  writeFileSync(out, bytes);
  console.error(`${out}: ${first.weights.size} + ${second.weights.size} features, ${(bytes.length / 1e6).toFixed(2)} MB`);
}
void formatNerReport;
