// normalize, normalizeWithOffsets and tokenize, next to nlp.js's Arabic normalizer + tokenizer on the
// same texts in the same run.
import { createRequire } from 'node:module';
import { normalize, normalizeWithOffsets, tokenize } from '../dist/esm/index.js';
import { measure, mbps, table } from './corpora.mjs';

const require = createRequire(import.meta.url);

export function benchTokenize(corpora) {
  const { NormalizerAr, TokenizerAr } = require('@nlpjs/lang-ar');
  const rows = [];
  for (const { name, docs, bytes } of corpora) {
    const run = (label, fn) => {
      const { ms, result } = measure(fn);
      rows.push([name, label, mbps(bytes, ms).toFixed(1), result ? (result / (ms / 1000) / 1e6).toFixed(2) : '', ms.toFixed(1)]);
      return ms;
    };
    run('khabar normalize', () => docs.forEach((d) => normalize(d)));
    run('khabar normalizeWithOffsets', () => docs.forEach((d) => normalizeWithOffsets(d)));
    const ours = run('khabar tokenize (offsets, norm, kind)', () => docs.reduce((n, d) => n + tokenize(d).length, 0));
    // nlp.js caches tokenize() results by text: every round uses fresh instances, so each round
    // tokenizes, as it would on a corpus of distinct articles
    const theirs = run('nlp.js NormalizerAr + TokenizerAr (fresh instances)', () => {
      const normalizer = new NormalizerAr();
      const tokenizer = new TokenizerAr();
      return docs.reduce((n, d) => n + tokenizer.tokenize(normalizer.normalize(d)).length, 0);
    });
    const normalizer = new NormalizerAr();
    const tokenizer = new TokenizerAr();
    const cached = run('nlp.js, one instance, same texts again (its cache)', () => docs.reduce((n, d) => n + tokenizer.tokenize(normalizer.normalize(d)).length, 0));
    rows.push([name, 'ratio khabar tokenize / nlp.js', (theirs / ours).toFixed(2) + '×', '', '']);
    rows.push([name, 'ratio khabar tokenize / nlp.js cached', (cached / ours).toFixed(2) + '×', '', '']);
  }
  return table(rows, ['corpus', 'what', 'MB/s (UTF-8)', 'Mtokens/s', 'best ms']);
}
