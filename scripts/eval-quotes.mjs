// npm run eval:quotes [-- <gold.jsonl>] [--errors N]: quote precision, recall, F1 and speaker accuracy.
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../dist/esm/index.js';
import { evaluateQuotes, formatQuoteReport } from '../dist/esm/eval/quotes.js';

const args = process.argv.slice(2);
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--errors');
const at = args.indexOf('--errors');
const showErrors = at >= 0 ? Number(args[at + 1] ?? 40) : 0;
const analyzer = createAnalyzer();
for (const file of files.length ? files : ['corpus/gold/quotes.jsonl']) {
  const report = evaluateQuotes(readFileSync(file, 'utf8'), (text) => analyzer.analyze(text, { tokens: false, sentences: false }), file);
  console.log(`# ${file}\n${formatQuoteReport(report)}\n`);
  for (const e of report.errors.slice(0, showErrors)) console.log(`${e.id}\t${e.kind}\t${e.detail}`);
}
