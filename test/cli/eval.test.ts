// khabar eval: the library's evaluations on the gold files, printed.
import { readFileSync, writeFileSync } from 'node:fs';
import { createAnalyzer } from '../../src/index.js';
import { evaluateNer, formatNerReport } from '../../src/eval/ner.js';
import { evaluateQuotes, formatQuoteReport } from '../../src/eval/quotes.js';
import { khabar, tempDir } from './helpers.js';

const analyzer = createAnalyzer();
const analyze = (text: string) => analyzer.analyze(text, { tokens: false, sentences: false });

describe('khabar eval', () => {
  test('ner on corpus/gold/ner-news.conll prints the report of evaluateNer', async () => {
    const gold = 'corpus/gold/ner-news.conll';
    const run = await khabar(['eval', 'ner', '--gold', gold]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`# ${gold}\n${formatNerReport(evaluateNer(readFileSync(gold, 'utf8'), analyze, gold))}\n`);
    const json = await khabar(['eval', 'ner', '--gold', gold, '--json', '--errors', '3']);
    const report = JSON.parse(json.stdout) as { overall: { f1: number }; errors: unknown[] };
    expect(report.overall.f1).toBeGreaterThan(0.5);
    expect(report.errors.length).toBeLessThanOrEqual(3);
  });

  test('quotes on corpus/gold/quotes.jsonl prints the report of evaluateQuotes', async () => {
    const gold = 'corpus/gold/quotes.jsonl';
    const run = await khabar(['eval', 'quotes', '--gold', gold]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`# ${gold}\n${formatQuoteReport(evaluateQuotes(readFileSync(gold, 'utf8'), analyze, gold))}\n`);
  });

  test('a missing gold file, or a malformed one: a clear message, exit 1', async () => {
    const missing = await khabar(['eval', 'ner', '--gold', 'no/such/file.conll']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^khabar: E_READ: no\/such\/file\.conll: cannot read the gold file/);
    const tmp = tempDir();
    try {
      const bad = tmp.path('bad.jsonl');
      writeFileSync(bad, 'not json\n');
      const run = await khabar(['eval', 'quotes', '--gold', bad]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^khabar: E_GOLD: /);
    } finally {
      tmp.remove();
    }
  });
});
