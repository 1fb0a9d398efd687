// Cross-validated NER on the ANERcorp training split: each fold is scored by an analyzer whose ANERcorp
// names were mined from the other folds only (and, with --tagger, whose tagger was trained without it).
//   npm run build && node scripts/cv-anercorp.mjs [--folds 5]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../dist/esm/index.js';
import { SHIPPED_ENTITY_FILES } from '../dist/esm/lexicon/resources.js';
import { parseConll } from '../dist/esm/eval/conll.js';
import { evaluateNer, NER_CLASSES } from '../dist/esm/eval/ner.js';
import { mineNames } from './anercorp-names.mjs';
import { miningContext } from './mining-context.mjs';
import { root, shared } from './lib.mjs';

const args = process.argv.slice(2);
const folds = args.includes('--folds') ? Number(args[args.indexOf('--folds') + 1]) : 5;
const documents = parseConll(readFileSync(join(shared, 'data/anercorp/train.txt'), 'utf8'), 'anercorp');
const { known, skip, genderOf } = miningContext();
const tmp = join(root, '.bench-tmp');
mkdirSync(tmp, { recursive: true });
const conllOf = (docs) => docs.map((d) => d.sentences.map((s) => s.tokens.map((t, k) => `${t} ${s.tags[k]}`).join('\n')).join('\n\n')).join('\n\n# doc\n');
const sentencesOf = (docs) => docs.flatMap((d) => d.sentences.map((s) => s.tokens.map((t, k) => [t, s.tags[k]])));

const totals = { base: {}, mined: {} };
for (let f = 0; f < folds; f++) {
  const test = documents.filter((_, i) => i % folds === f);
  const train = documents.filter((_, i) => i % folds !== f);
  const mined = mineNames(sentencesOf(train), known, skip, { genderOf });
  const file = join(tmp, `anercorp-fold${f}.jsonl`);
  writeFileSync(file, mined.map((e) => JSON.stringify(e)).join('\n') + '\n');
  // the shipped lexicons without the shipped ANERcorp names (they were mined from every fold)
  const shipped = SHIPPED_ENTITY_FILES.filter((f) => f !== 'anercorp.jsonl').map((f) => join(root, 'lexicons', f));
  for (const [key, config] of [
    ['base', { tagger: false, defaultLexicons: false, lexicons: shipped }],
    ['mined', { tagger: false, defaultLexicons: false, lexicons: [...shipped, file] }],
  ]) {
    const analyzer = createAnalyzer(config);
    const report = evaluateNer(conllOf(test), (text) => analyzer.analyze(text, { tokens: false, sentences: false }), 'fold');
    for (const cls of [...NER_CLASSES, 'overall']) {
      const s = cls === 'overall' ? report.overall : report.classes[cls];
      const t = (totals[key][cls] ??= { tp: 0, fp: 0, fn: 0 });
      t.tp += s.tp;
      t.fp += s.fp;
      t.fn += s.fn;
    }
  }
  console.error(`fold ${f + 1}/${folds}: ${mined.length} names mined`);
}
for (const [key, byClass] of Object.entries(totals)) {
  console.log(`# ANERcorp training split, ${folds}-fold: ${key === 'base' ? 'shipped lexicons + rules' : '+ names mined from the other folds'}`);
  console.log('class     precision  recall     F1');
  for (const [cls, { tp, fp, fn }] of Object.entries(byClass)) {
    const p = tp / (tp + fp || 1);
    const r = tp / (tp + fn || 1);
    console.log(`${cls.padEnd(9)} ${(100 * p).toFixed(1).padStart(5)}    ${(100 * r).toFixed(1).padStart(5)}  ${(100 * (p + r ? (2 * p * r) / (p + r) : 0)).toFixed(1).padStart(5)}`);
  }
  console.log('');
}
