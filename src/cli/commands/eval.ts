// khabar eval ner|quotes --gold <file> [--texts <path>]: the evaluations of src/eval/, on a gold file
// (CoNLL or JSON lines for ner; JSON lines with inline texts or with offsets into --texts for quotes).

import { readFile } from 'node:fs/promises';
import { match } from 'ts-pattern';
import { createAnalyzer } from '../../analyzer.js';
import { KhabarError } from '../../errors.js';
import { evaluateNer, formatNerReport } from '../../eval/ner.js';
import { evaluateOffsetNer, isJsonLines, parseOffsetNer } from '../../eval/offsets-ner.js';
import { evaluateQuotes, formatQuoteReport } from '../../eval/quotes.js';
import { goldTexts } from '../../eval/texts.js';
import { oneOf, parse, UsageError } from '../args.js';
import { EVAL_USAGE } from '../usage.js';

const TASKS = ['ner', 'quotes'] as const;

async function readGold(path: string): Promise<string> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path));
  } catch (error) {
    const reason = error instanceof TypeError ? 'not valid UTF-8' : (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    throw new KhabarError('E_READ', `${path}: cannot read the gold file (${reason})`, { cause: error });
  }
}

export async function evalCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { gold: { type: 'string' }, texts: { type: 'string', multiple: true }, errors: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, 'eval');
  if (values.help) {
    process.stdout.write(EVAL_USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('eval: name one evaluation, ner or quotes', 'eval');
  const task = oneOf(positionals[0], 'eval', TASKS, 'ner', 'eval');
  if (!values.gold) throw new UsageError('eval: --gold <file> is required', 'eval');
  const showErrors = values.errors === undefined ? 0 : Number(values.errors);
  if (!Number.isInteger(showErrors) || showErrors < 0) throw new UsageError(`--errors must be a number, got "${values.errors}"`, 'eval');

  const gold = await readGold(values.gold);
  const analyzer = createAnalyzer();
  const analyze = (text: string) => analyzer.analyze(text, { tokens: false, sentences: false });
  const text = match(task)
    .with('ner', () => {
      // CoNLL columns (ANERcorp, corpus/gold/ner-news.conll) or JSON lines with offsets (../shared/gold/)
      const report = isJsonLines(gold)
        ? evaluateOffsetNer(parseOffsetNer(gold, values.gold), goldTexts(values.gold as string, values.texts ?? []), analyze)
        : evaluateNer(gold, analyze, values.gold);
      if (values.json) return JSON.stringify({ ...report, errors: report.errors.slice(0, showErrors) }, null, 2);
      const errors = report.errors.slice(0, showErrors).map((e) => `${e.kind} ${e.cls}\t${e.text}\t… ${e.context} …`);
      return [`# ${values.gold}`, formatNerReport(report), ...errors].join('\n');
    })
    .with('quotes', () => {
      const report = evaluateQuotes(gold, analyze, values.gold, goldTexts(values.gold as string, values.texts ?? []));
      if (values.json) return JSON.stringify({ ...report, errors: report.errors.slice(0, showErrors) }, null, 2);
      const errors = report.errors.slice(0, showErrors).map((e) => `${e.id}\t${e.kind}\t${e.detail}`);
      return [`# ${values.gold}`, formatQuoteReport(report), ...errors].join('\n');
    })
    .exhaustive();
  process.stdout.write(text + '\n');
  return 0;
}
