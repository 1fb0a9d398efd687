// khabar eval: the library's evaluations on the gold files, printed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

  test('quotes on gold with offsets (../shared/gold/ format): texts found in ../corpora/*/ from the gold', async () => {
    const tmp = tempDir();
    try {
      const news = 'وقال الوزير خالد العلي إن الاتفاق جيد.';
      const wire = 'قال المتحدث: «لن نقبل بذلك». وأضاف أن التنفيذ يبدأ غدا.';
      mkdirSync(tmp.path('corpora/news'), { recursive: true });
      mkdirSync(tmp.path('corpora/wire'), { recursive: true });
      mkdirSync(tmp.path('gold'));
      writeFileSync(tmp.path('corpora/news/day.json'), JSON.stringify([{ content: 'لا شيء هنا.' }, { content: news }]));
      writeFileSync(tmp.path('corpora/wire/docs.json'), JSON.stringify({ docs: [{ id: 'W1', text: wire }] }));
      const span = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
      const lines = [
        { file: 'day.json', index: 1, quotes: [{ kind: 'indirect', ...span(news, 'الاتفاق جيد'), core: true, speaker: 'خالد العلي', speaker_aliases: ['خالد العلي', 'العلي'] }], non_quotes: [] },
        // the second speaker is wrong on purpose: one speaker error of three matched quotes
        { id: 'W1', quotes: [{ kind: 'direct', ...span(wire, 'لن نقبل بذلك'), core: true, speaker: 'المتحدث', speaker_aliases: ['المتحدث'] }, { kind: 'indirect', ...span(wire, 'التنفيذ يبدأ غدا'), core: true, speaker: 'غيره', speaker_aliases: ['غيره'] }], non_quotes: [] },
      ];
      writeFileSync(tmp.path('gold/dev.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
      const run = await khabar(['eval', 'quotes', '--gold', tmp.path('gold/dev.jsonl'), '--json', '--errors', '5']);
      expect(run.stderr).toBe('');
      const report = JSON.parse(run.stdout) as { classes: Record<string, { tp: number; fp: number; fn: number }>; speakers: { matched: number; correct: number }; coreRecall: number; errors: { id: string; kind: string }[] };
      expect(report.classes.direct).toMatchObject({ tp: 1, fp: 0, fn: 0 });
      expect(report.classes.indirect).toMatchObject({ tp: 2, fp: 0, fn: 0 });
      expect(report.speakers).toMatchObject({ matched: 3, correct: 2 });
      expect(report.coreRecall).toBe(1);
      expect(report.errors.map((e) => `${e.id} ${e.kind}`)).toEqual(['W1 speaker (carried)']);
      // a text that cannot be found: E_GOLD, naming the file
      writeFileSync(tmp.path('gold/missing.jsonl'), JSON.stringify({ file: 'other.json', index: 0, quotes: [] }) + '\n');
      const missing = await khabar(['eval', 'quotes', '--gold', tmp.path('gold/missing.jsonl')]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(/^khabar: E_GOLD: other\.json: no such text corpus/);
    } finally {
      tmp.remove();
    }
  });

  test('ner on gold with offsets (../shared/gold/ format): a name found by an overlapping prediction of its class', async () => {
    const tmp = tempDir();
    try {
      const news = 'قال وزير الخارجية التركي مولود جاويش أوغلو إن أنقرة ستعمل مع روسيا.';
      mkdirSync(tmp.path('corpora/news'), { recursive: true });
      mkdirSync(tmp.path('gold'));
      writeFileSync(tmp.path('corpora/news/day.json'), JSON.stringify([{ content: news }]));
      const span = (part: string) => ({ start: news.indexOf(part), end: news.indexOf(part) + part.length });
      // أوغلو alone overlaps the predicted full name: found; روسيا typed ORG on purpose: missed, and the
      // LOC prediction over it spurious; التركي is an adjective, never counted
      const entities = [{ ...span('أوغلو'), type: 'PER' }, { ...span('أنقرة'), type: 'LOC' }, { ...span('روسيا'), type: 'ORG' }];
      writeFileSync(tmp.path('gold/dev.jsonl'), JSON.stringify({ file: 'day.json', index: 0, quotes: [], entities }) + '\n');
      const run = await khabar(['eval', 'ner', '--gold', tmp.path('gold/dev.jsonl'), '--json', '--errors', '5']);
      expect(run.stderr).toBe('');
      const report = JSON.parse(run.stdout) as { classes: Record<string, { tp: number; fp: number; fn: number }>; errors: { kind: string; cls: string; text: string }[] };
      expect(report.classes.PERS).toMatchObject({ tp: 1, fp: 0, fn: 0 });
      expect(report.classes.LOC).toMatchObject({ tp: 1, fp: 1, fn: 0 });
      expect(report.classes.ORG).toMatchObject({ tp: 0, fp: 0, fn: 1 });
      expect(report.errors.map((e) => `${e.kind} ${e.cls} ${e.text}`)).toEqual(['fn ORG روسيا', 'fp LOC روسيا']);
      // an entity without a type the format knows: E_GOLD with the line
      writeFileSync(tmp.path('gold/bad.jsonl'), JSON.stringify({ file: 'day.json', index: 0, entities: [{ start: 0, end: 3, type: 'MISC' }] }) + '\n');
      const bad = await khabar(['eval', 'ner', '--gold', tmp.path('gold/bad.jsonl')]);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/^khabar: E_GOLD: .*bad\.jsonl:1: every entity needs/);
    } finally {
      tmp.remove();
    }
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
