// Trains the statistical NER tagger (an averaged perceptron over token, context, lexicon and rule
// features) on the ANERcorp training split and writes models/ner-tagger.bin.
//
//   npm run build && node scripts/train-tagger.mjs [--epochs 8] [--folds 5]
//
// --folds K prints K-fold cross-validation scores (each document scored by a model that never saw
// it); without it the shipped model is trained on all of the split.
// Source: ANERcorp (Benajiba et al. 2007; CAMeL Lab split), CC BY-SA 4.0: the model is shared under the
// same licence.
import { writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, shared } from './lib.mjs';
import { createAnalyzer } from '../dist/esm/index.js';
import { scanTokens } from '../dist/esm/tokens/scan.js';
import { loadResources, SHIPPED_ENTITY_FILES } from '../dist/esm/lexicon/resources.js';
import { docTokens } from '../dist/esm/entities/layers.js';
import { matchLexicon } from '../dist/esm/entities/gazetteer.js';
import { applyRules } from '../dist/esm/entities/rules.js';
import { skippedTokens } from '../dist/esm/entities/recognize.js';
import { tokenFacts, labelFeatures, LABELS } from '../dist/esm/entities/tagger/features.js';
import { packModel } from '../dist/esm/entities/tagger/model.js';
import { parseConll } from '../dist/esm/eval/conll.js';
import { evaluateNer } from '../dist/esm/eval/ner.js';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const epochs = option('--epochs', 8);
const folds = option('--folds', 0);
const L = LABELS.length;
const labelIndex = new Map(LABELS.map((l, i) => [l, i]));

// In cross-validation the shipped ANERcorp names are left out: they were mined from every fold, so
// they would tell the tagger the answers of the fold it is scored on.
const lexiconConfig =
  folds > 1
    ? { defaultLexicons: false, lexicons: SHIPPED_ENTITY_FILES.filter((f) => f !== 'anercorp.jsonl').map((f) => join(root, 'lexicons', f)) }
    : {};
const res = loadResources(lexiconConfig);
const documents = parseConll(readFileSync(join(shared, 'data/anercorp/train.txt'), 'utf8'), 'anercorp');

/** A document as the tagger sees it: our tokens, their features, and the gold label of each. */
function prepare(doc) {
  const goldStarts = [];
  const goldEnds = [];
  const goldTags = [];
  let text = '';
  for (const s of doc.sentences) {
    s.tokens.forEach((tok, k) => {
      if (k > 0) text += ' ';
      goldStarts.push(text.length);
      text += tok;
      goldEnds.push(text.length);
      goldTags.push(s.tags[k]);
    });
    text += '\n';
  }
  const table = scanTokens(text);
  const d = docTokens(table, res);
  const mentions = applyRules(d, matchLexicon(d, res), res);
  const facts = tokenFacts(d, mentions, res);
  const skip = skippedTokens(d, res);
  const gold = new Uint8Array(table.count);
  let g = 0;
  let previousGold = -1;
  for (let i = 0; i < table.count; i++) {
    while (g < goldEnds.length && goldEnds[g] <= table.starts[i]) g++;
    const tag = goldTags[g] ?? 'O';
    let label = labelIndex.get(tag) ?? 0;
    // the second piece of one gold token (a split-off letter) continues its entity
    if (g === previousGold && label !== 0 && tag.startsWith('B-')) label = labelIndex.get('I-' + tag.slice(2));
    if (skip[i]) label = 0;
    gold[i] = label;
    previousGold = g;
  }
  return { facts, gold, skip, breakBefore: d.breakBefore };
}

function train(prepared) {

  const weights = new Map();
  const totals = new Map();
  const stamps = new Map();
  let clock = 0;
  function update(feat, label, delta) {
    let w = weights.get(feat);
    if (!w) {
      w = new Float64Array(L);
      weights.set(feat, w);
      totals.set(feat, new Float64Array(L));
      stamps.set(feat, new Float64Array(L));
    }
    const t = totals.get(feat);
    const s = stamps.get(feat);
    t[label] += (clock - s[label]) * w[label];
    s[label] = clock;
    w[label] += delta;
  }
  function score(feats, count, scores) {
    for (let k = 0; k < count; k++) {
      const w = weights.get(feats[k]);
      if (w) for (let l = 0; l < L; l++) scores[l] += w[l];
    }
  }
  
  let seed = 42;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const feats = new Uint32Array(64);
  const dynamic = new Uint32Array(3);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const order = prepared.map((_, i) => i).sort(() => random() - 0.5);
    let errors = 0;
    let seen = 0;
    for (const index of order) {
      const { facts, gold, skip, breakBefore } = prepared[index];
      const n = gold.length;
      let prev = 0;
      let prev2 = 0;
      for (let i = 0; i < n; i++) {
        if (breakBefore[i]) prev = prev2 = 0;
        if (skip[i]) {
          prev2 = prev;
          prev = 0;
          continue;
        }
        clock++;
        const per = facts.perToken;
        for (let k = 0; k < per; k++) feats[k] = facts.features[i * per + k];
        labelFeatures(prev, prev2, facts.word[i], dynamic);
        feats[per] = dynamic[0];
        feats[per + 1] = dynamic[1];
        feats[per + 2] = dynamic[2];
        const count = per + 3;
        const scores = new Float64Array(L);
        score(feats, count, scores);
        let best = 0;
        for (let l = 1; l < L; l++) {
          if (LABELS[l].startsWith('I-') && !(prev === l || prev === l - 1)) continue;
          if (scores[l] > scores[best]) best = l;
        }
        const truth = gold[i];
        if (best !== truth) {
          errors++;
          for (let k = 0; k < count; k++) {
            update(feats[k], truth, 1);
            update(feats[k], best, -1);
          }
        }
        seen++;
        prev2 = prev;
        prev = best;
      }
    }
    console.error(`epoch ${epoch + 1}: ${(100 * (1 - errors / seen)).toFixed(2)}% tokens right, ${weights.size} features`);
  }
  
  // average, and drop features whose weights all stayed near zero
  const averaged = new Map();
  for (const [feat, w] of weights) {
    const t = totals.get(feat);
    const s = stamps.get(feat);
    const avg = new Float32Array(L);
    let max = 0;
    for (let l = 0; l < L; l++) {
      const total = t[l] + (clock - s[l]) * w[l];
      avg[l] = total / clock;
      max = Math.max(max, Math.abs(avg[l]));
    }
    if (max > 0.002) averaged.set(feat, avg);
  }
    return averaged;
}

console.error(`preparing ${documents.length} documents…`);
const all = documents.map(prepare);
const conllOf = (docs) => docs.map((d) => d.sentences.map((s) => s.tokens.map((t, k) => `${t} ${s.tags[k]}`).join('\n')).join('\n\n')).join('\n\n# doc\n');

if (folds > 1) {
  // k-fold cross-validation: every document is scored by a model that never saw it
  const sums = { base: new Map(), tagged: new Map() };
  const add = (map, report) => {
    for (const [cls, s] of Object.entries({ ...report.classes, overall: report.overall })) {
      const t = map.get(cls) ?? { tp: 0, fp: 0, fn: 0 };
      map.set(cls, { tp: t.tp + s.tp, fp: t.fp + s.fp, fn: t.fn + s.fn });
    }
  };
  for (let f = 0; f < folds; f++) {
    const inFold = (i) => i % folds === f;
    const model = train(all.filter((_, i) => !inFold(i)));
    const path = join(root, `.bench-tmp/ner-tagger-fold${f}.bin`);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, packModel(model));
    const gold = conllOf(documents.filter((_, i) => inFold(i)));
    for (const [key, tagger] of [['base', false], ['tagged', path]]) {
      const analyzer = createAnalyzer({ tagger, ...lexiconConfig });
      add(sums[key], evaluateNer(gold, (text) => analyzer.analyze(text, { tokens: false, sentences: false }), 'fold'));
    }
    console.error(`fold ${f + 1}/${folds} done`);
  }
  for (const [key, map] of Object.entries(sums)) {
    console.log(`# ANERcorp training split, ${folds}-fold cross-validation: ${key === 'base' ? 'lexicons (without the ANERcorp names) + rules' : 'lexicons (without the ANERcorp names) + rules + tagger'}`);
    console.log('class     precision  recall     F1');
    for (const [cls, { tp, fp, fn }] of map) {
      const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1), f1 = p + r ? (2 * p * r) / (p + r) : 0;
      console.log(`${cls.padEnd(9)} ${(100 * p).toFixed(1).padStart(5)}    ${(100 * r).toFixed(1).padStart(5)}  ${(100 * f1).toFixed(1).padStart(5)}`);
    }
    console.log('');
  }
} else {
  const averaged = train(all);
  const bin = packModel(averaged);
  const out = join(root, 'models/ner-tagger.bin');
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, bin);
  console.error(`${out}: ${averaged.size} features, ${(bin.length / 1e6).toFixed(2)} MB`);
}
