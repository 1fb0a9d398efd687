// npm run eval:ner -- <file.conll> [--errors N] [--tagger]: entity-level precision, recall and F1 per class.
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../dist/esm/index.js';
import { evaluateNer, formatNerReport } from '../dist/esm/eval/ner.js';

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--') && !/^\d+$/.test(a));
const errorsAt = args.indexOf('--errors');
const showErrors = errorsAt >= 0 ? Number(args[errorsAt + 1] ?? 30) : 0;
if (files.length === 0) {
  console.error('usage: npm run eval:ner -- <file.conll> [--errors N] [--tagger]');
  process.exit(2);
}
const analyzer = createAnalyzer({ tagger: args.includes('--tagger') });
for (const file of files) {
  const report = evaluateNer(readFileSync(file, 'utf8'), (text) => analyzer.analyze(text, { tokens: false, sentences: false }), file);
  console.log(`# ${file}\n${formatNerReport(report)}\n`);
  if (showErrors) for (const e of report.errors.slice(0, showErrors)) console.log(`${e.kind} ${e.cls}\t${e.text}\t… ${e.context} …`);
}
