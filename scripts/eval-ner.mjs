// npm run eval:ner [-- <gold>…] [--texts PATH] [--errors N] [--no-tagger]: entity precision, recall and F1
// per class. A gold file is CoNLL ("token TAG" lines: exact spans) or JSON lines with offsets into texts
// kept elsewhere (../shared/gold/: a name found by an overlapping prediction of its class). Without files:
// the real-news dev gold beside the project (../shared/gold/dev-news.jsonl and dev-wire.jsonl) when
// present, then corpus/gold/ner-news.conll.
import { existsSync, readFileSync } from 'node:fs';
import { createAnalyzer } from '../dist/esm/index.js';
import { evaluateNer, formatNerReport } from '../dist/esm/eval/ner.js';
import { evaluateOffsetNer, isJsonLines, parseOffsetNer } from '../dist/esm/eval/offsets-ner.js';
import { goldTexts } from '../dist/esm/eval/texts.js';

const args = process.argv.slice(2);
const valueOf = (flag) => args.flatMap((a, i) => (args[i - 1] === flag ? [a] : []));
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--errors' && args[i - 1] !== '--texts');
const errorsAt = args.indexOf('--errors');
const showErrors = errorsAt >= 0 ? Number(args[errorsAt + 1] ?? 30) : 0;
const shared = ['../shared/gold/dev-news.jsonl', '../shared/gold/dev-wire.jsonl'].filter((f) => existsSync(f));
const analyzer = createAnalyzer({ tagger: !args.includes('--no-tagger') });
const analyze = (text) => analyzer.analyze(text, { tokens: false, sentences: false });
for (const file of files.length ? files : [...shared, 'corpus/gold/ner-news.conll']) {
  const gold = readFileSync(file, 'utf8');
  const report = isJsonLines(gold) ? evaluateOffsetNer(parseOffsetNer(gold, file), goldTexts(file, valueOf('--texts')), analyze) : evaluateNer(gold, analyze, file);
  console.log(`# ${file}\n${formatNerReport(report)}\n`);
  if (showErrors) for (const e of report.errors.slice(0, showErrors)) console.log(`${e.kind} ${e.cls}\t${e.text}\t… ${e.context} …`);
}
