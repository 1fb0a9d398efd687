// npm run eval:quotes [-- <gold.jsonl>…] [--texts PATH] [--errors N]: quote precision, recall, F1 and speaker
// accuracy. Without files: the real-news dev gold beside the project (../shared/gold/dev-news.jsonl and
// dev-wire.jsonl, offsets into the corpora there) when present, then corpus/gold/quotes.jsonl.
import { existsSync, readFileSync } from 'node:fs';
import { createAnalyzer } from '../dist/esm/index.js';
import { evaluateQuotes, formatQuoteReport } from '../dist/esm/eval/quotes.js';
import { goldTexts } from '../dist/esm/eval/texts.js';

const args = process.argv.slice(2);
const valueOf = (flag) => args.flatMap((a, i) => (args[i - 1] === flag ? [a] : []));
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--errors' && args[i - 1] !== '--texts');
const at = args.indexOf('--errors');
const showErrors = at >= 0 ? Number(args[at + 1] ?? 40) : 0;
const shared = ['../shared/gold/dev-news.jsonl', '../shared/gold/dev-wire.jsonl'].filter((f) => existsSync(f));
const analyzer = createAnalyzer();
for (const file of files.length ? files : [...shared, 'corpus/gold/quotes.jsonl']) {
  const report = evaluateQuotes(readFileSync(file, 'utf8'), (text) => analyzer.analyze(text, { tokens: false, sentences: false }), file, goldTexts(file, valueOf('--texts')));
  console.log(`# ${file}\n${formatQuoteReport(report)}\n`);
  for (const e of report.errors.slice(0, showErrors)) console.log(`${e.id}\t${e.kind}\t${e.detail}`);
}
