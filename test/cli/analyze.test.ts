// khabar analyze: every format, records in order, bad records as error records, exit statuses, stdin.
import { mkdirSync, writeFileSync } from 'node:fs';
import { analyze, createAnalyzer } from '../../src/index.js';
import { article, jsonl, khabar, parseLines, tempDir } from './helpers.js';

const tmp = tempDir();
const articlePath = 'corpus/article.txt';
afterAll(() => tmp.remove());

describe('khabar analyze: formats', () => {
  test('jsonl (the default): one {"id","analysis"} line, the library\'s own analysis', async () => {
    const run = await khabar(['analyze', articlePath]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(JSON.stringify({ id: articlePath, analysis: analyze(article) }) + '\n');
  });

  test('--no-tokens and --no-sentences leave those layers out', async () => {
    const run = await khabar(['analyze', articlePath, '--no-tokens', '--no-sentences']);
    const [record] = parseLines(run.stdout) as [{ analysis: { tokens: unknown[]; sentences: unknown[]; entities: unknown[] } }];
    expect(record.analysis.tokens).toEqual([]);
    expect(record.analysis.sentences).toEqual([]);
    expect(record.analysis.entities.length).toBeGreaterThan(50);
  });

  test('json: one array of the same records', async () => {
    const input = tmp.path('two.jsonl');
    writeFileSync(input, jsonl([{ id: 'a', text: 'قال لافروف في موسكو' }, { id: 'b', text: 5 }, { id: 'c', text: 'وصلت إس-400 إلى أنقرة.' }]));
    const lines = await khabar(['analyze', input]);
    const array = await khabar(['analyze', input, '--format', 'json']);
    expect(array.code).toBe(1);
    expect(JSON.parse(array.stdout)).toEqual(parseLines(lines.stdout));
    // an empty batch on stdin (a Spark or Hadoop partition without records): no records, no error
    const empty = await khabar(['analyze', '--format', 'json', '--input', 'jsonl'], { stdin: '' });
    expect(empty.stdout).toBe('[]\n');
    expect(empty.code).toBe(0);
  });

  test('conll: token TAG lines, BIO tags, blank lines between sentences', async () => {
    const run = await khabar(['analyze', articlePath, '--format', 'conll']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`# doc ${articlePath}`);
    const { tokens, sentences } = analyze(article);
    const tokenLines = lines.filter((l) => l !== '' && !l.startsWith('#'));
    expect(tokenLines).toHaveLength(tokens.length);
    expect(tokenLines.map((l) => l.slice(0, l.lastIndexOf(' ')))).toEqual(tokens.map((t) => t.text));
    for (const l of tokenLines) expect(l).toMatch(/ (O|[BI]-(PERS|LOC|ORG|MISC))$/);
    // one blank line after every sentence
    expect(lines.filter((l) => l === '').length).toBe(sentences.length + 1); // + the final newline
    const text = run.stdout;
    expect(text).toContain('مولود B-PERS\nجاويش I-PERS\nأوغلو I-PERS\n');
    expect(text).toContain('أنقرة B-LOC\nوموسكو B-LOC\n'); // two names side by side: two B
    expect(text).toContain('إس-400 B-MISC\n');
    expect(text).toContain('التركي O\n'); // a nisba adjective is not a name
  });

  test('pretty: each document under a rule with its id', async () => {
    const run = await khabar(['analyze', articlePath, '--format', 'pretty']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith(`── ${articlePath} `)).toBe(true);
    expect(run.stdout).toContain('لافروف');
  });

  test('html: one page for all documents', async () => {
    const input = tmp.path('docs.jsonl');
    writeFileSync(input, jsonl([{ id: 'one', text: 'قال لافروف في موسكو' }, { id: 'two', text: article }]));
    const run = await khabar(['analyze', input, '--format', 'html', '--title', 'تقرير']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^<!doctype html>/i);
    expect(run.stdout.match(/<html[^>]*>/g)).toHaveLength(1);
    expect(run.stdout).toContain('dir="rtl"');
    expect(run.stdout).toContain('تقرير');
  });
});

describe('khabar analyze: records', () => {
  test('bad JSONL records in the middle give error records in place; the run goes on; exit 1', async () => {
    const input = tmp.path('bad.jsonl');
    const lines = [
      JSON.stringify({ id: 'first', text: 'قال لافروف في موسكو' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'no-text', body: 'نص' }),
      '',
      JSON.stringify({ id: 'number', text: 42 }),
      JSON.stringify({ id: 'long', text: 'ن'.repeat(200) }),
      JSON.stringify(['an', 'array']),
      JSON.stringify({ text: 'بلا معرف' }),
      JSON.stringify({ id: 7, text: 'وصلت إس-400 إلى أنقرة.' }),
    ];
    writeFileSync(input, lines.join('\n') + '\n');
    const run = await khabar(['analyze', input, '--max-input-length', '100', '--no-tokens']);
    expect(run.code).toBe(1);
    const records = parseLines(run.stdout);
    expect(records.map((r) => r.id)).toEqual(['first', '2', 'no-text', 'number', 'long', '7', '8', '7']);
    const errors = records.map((r) => (r.error as { code: string } | undefined)?.code ?? 'ok');
    expect(errors).toEqual(['ok', 'E_JSON', 'E_NO_TEXT', 'E_NO_TEXT', 'E_INPUT_TOO_LARGE', 'E_NO_TEXT', 'ok', 'ok']);
    expect(records[1]).toEqual({ id: '2', error: { code: 'E_JSON', message: expect.stringMatching(/^.*bad\.jsonl:2: not valid JSON/) } });
    expect(records[2]).toEqual({ id: 'no-text', error: { code: 'E_NO_TEXT', message: expect.stringContaining('bad.jsonl:3: the record has no field "text"') } });
    expect(records[4]).toEqual({ id: 'long', error: { code: 'E_INPUT_TOO_LARGE', message: 'analyze: input of 200 characters is over the limit of 100' } });
    expect(Object.keys(records[0]!)).toEqual(['id', 'analysis']);
    expect(Object.keys(records[1]!.error as object)).toEqual(['code', 'message']);
    // the good records are the library's analyses
    expect(records[7]).toEqual({ id: '7', analysis: analyze('وصلت إس-400 إلى أنقرة.', { tokens: false }) });
    expect(run.stderr).toContain('E_JSON');
    expect(run.stderr).toContain('5 of 8 records failed');
  });

  test('--field names the text field; --quiet keeps stderr empty', async () => {
    const input = tmp.path('field.jsonl');
    writeFileSync(input, jsonl([{ id: 'x', body: 'قال لافروف' }, { id: 'y', text: 'لا' }]));
    const run = await khabar(['analyze', input, '--field', 'body', '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(''); // not even the count of failures
    expect(parseLines(run.stdout).map((r) => Object.keys(r)[1])).toEqual(['analysis', 'error']);
    // --exit-zero: the same records, status 0 (a failing status would fail a Hadoop or Spark task)
    const zero = await khabar(['analyze', input, '--field', 'body', '--quiet', '--exit-zero']);
    expect(zero.code).toBe(0);
    expect(zero.stdout).toBe(run.stdout);
  });

  test('a line longer than the limit is refused without being held', async () => {
    const input = tmp.path('huge-line.jsonl');
    writeFileSync(input, JSON.stringify({ id: 'big', text: 'ن'.repeat(2_000_000) }) + '\n' + JSON.stringify({ id: 'small', text: 'نص' }) + '\n');
    const run = await khabar(['analyze', input, '--max-input-length', '1000']);
    const records = parseLines(run.stdout);
    expect(records[0]).toEqual({ id: '1', error: { code: 'E_INPUT_TOO_LARGE', message: expect.stringContaining('a line of 4000022 bytes is over the input limit') } });
    expect(records[1]!.id).toBe('small');
    expect(run.code).toBe(1);
  });

  test('stdin: text by default, JSONL with --input jsonl, "-" as a file', async () => {
    const text = await khabar(['analyze'], { stdin: 'قال لافروف في موسكو' });
    expect(text.code).toBe(0);
    expect(parseLines(text.stdout)).toEqual([{ id: 'stdin', analysis: analyze('قال لافروف في موسكو') }]);
    const lines = await khabar(['analyze', '-', '--input', 'jsonl'], { stdin: jsonl([{ id: 'a', text: 'نص' }, { id: 'b', text: 'نص آخر' }]) });
    expect(parseLines(lines.stdout).map((r) => r.id)).toEqual(['a', 'b']);
    const empty = await khabar(['analyze'], { stdin: '' });
    expect(empty.code).toBe(1);
    expect(parseLines(empty.stdout)).toEqual([{ id: 'stdin', error: { code: 'E_NO_TEXT', message: 'stdin: the file is empty' } }]);
  });

  test('ids of several JSONL files carry the file name', async () => {
    const a = tmp.path('a.jsonl');
    const b = tmp.path('b.jsonl');
    writeFileSync(a, jsonl([{ text: 'نص' }]));
    writeFileSync(b, jsonl([{ text: 'نص' }, { text: 'نص' }]));
    const run = await khabar(['analyze', a, b, '--no-tokens']);
    expect(parseLines(run.stdout).map((r) => r.id)).toEqual([`${a}:1`, `${b}:1`, `${b}:2`]);
  });
});

describe('khabar analyze: files that cannot be read', () => {
  test('a directory, invalid UTF-8, an empty file and a missing file: clear messages, the rest still analyzed', async () => {
    const dir = tmp.path('a-directory');
    mkdirSync(dir);
    const invalid = tmp.path('latin1.txt');
    writeFileSync(invalid, Buffer.concat([Buffer.from('قال لافروف '), Buffer.from([0xe9, 0x74, 0xe9])]));
    const empty = tmp.path('empty.txt');
    writeFileSync(empty, '');
    const missing = tmp.path('missing.txt');
    const run = await khabar(['analyze', dir, invalid, articlePath, empty, missing, '--no-tokens']);
    expect(run.code).toBe(1);
    expect(parseLines(run.stdout)).toEqual([
      { id: dir, error: { code: 'E_READ', message: `${dir}: is a directory, not a file` } },
      { id: invalid, error: { code: 'E_READ', message: `${invalid}: not valid UTF-8 (byte 20)` } },
      { id: articlePath, analysis: analyze(article, { tokens: false }) },
      { id: empty, error: { code: 'E_NO_TEXT', message: `${empty}: the file is empty` } },
      { id: missing, error: { code: 'E_READ', message: `${missing}: cannot read (no such file)` } },
    ]);
    for (const path of [dir, invalid, empty, missing]) expect(run.stderr).toContain(path);
    expect(run.stderr).not.toContain('\n    at '); // no stack trace
  });

  test('invalid UTF-8 on one JSONL line fails that line only', async () => {
    const input = tmp.path('mixed.jsonl');
    writeFileSync(input, Buffer.concat([Buffer.from('{"id":"a","text":"نص"}\n{"id":"b","text":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n{"id":"c","text":"نص"}\n')]));
    const run = await khabar(['analyze', input, '--no-tokens']);
    const records = parseLines(run.stdout);
    expect(records.map((r) => r.id)).toEqual(['a', '2', 'c']);
    expect(records[1]).toEqual({ id: '2', error: { code: 'E_READ', message: `${input}:2: not valid UTF-8 (byte 18 of the line)` } });
  });

  test('an empty JSONL file is reported', async () => {
    const input = tmp.path('empty.jsonl');
    writeFileSync(input, '\n\n');
    const run = await khabar(['analyze', input]);
    expect(run.code).toBe(1);
    expect(parseLines(run.stdout)).toEqual([{ id: input, error: { code: 'E_NO_TEXT', message: `${input}: no records (the input is empty)` } }]);
  });
});

describe('khabar analyze: the analyzer\'s options', () => {
  test('--lexicon adds the user\'s entries, in worker threads too; a missing file is a clear E_LEXICON', async () => {
    const lexicon = tmp.path('my.jsonl');
    writeFileSync(lexicon, jsonl([{ id: 'org:acme', type: 'ORGANIZATION', name: 'شركة أكمي', variants: ['أكمي'], source: 'curated' }]));
    const text = 'قالت أكمي إن الأرباح ارتفعت.';
    for (const workers of ['1', '2']) {
      const run = await khabar(['analyze', '--lexicon', lexicon, '--no-tokens', '--workers', workers], { stdin: text });
      expect(run.code).toBe(0);
      const [record] = parseLines(run.stdout) as [{ analysis: { entities: { text: string; id: string }[]; quotes: { speaker: { entityId: string } }[] } }];
      expect(record.analysis.entities.map((e) => `${e.text} ${e.id}`)).toEqual(['أكمي org:acme']);
      expect(record.analysis.quotes[0].speaker.entityId).toBe('org:acme');
    }
    // without it, أكمي is no entity
    const plain = parseLines((await khabar(['analyze', '--no-tokens'], { stdin: text })).stdout) as [{ analysis: { entities: unknown[] } }];
    expect(plain[0].analysis.entities).toEqual([]);
    const missing = await khabar(['analyze', '--lexicon', tmp.path('missing.jsonl')], { stdin: text });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('E_LEXICON');
    expect(missing.stderr).not.toContain('\n    at ');
  });

  test('--tagger gives the analysis of createAnalyzer({ tagger: true })', async () => {
    const run = await khabar(['analyze', articlePath, '--tagger', '--no-tokens']);
    expect(run.code).toBe(0);
    const [record] = parseLines(run.stdout) as [{ analysis: unknown }];
    expect(record.analysis).toEqual(createAnalyzer({ tagger: true }).analyze(article, { tokens: false }));
  });
});

describe('khabar: usage', () => {
  test('--version and --help', async () => {
    const version = await khabar(['--version']);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(version.code).toBe(0);
    const help = await khabar(['--help']);
    expect(help.stdout).toContain('khabar analyze');
    expect((await khabar(['analyze', '--help'])).stdout).toContain('--format jsonl|json|pretty|html|conll');
  });

  test.each([
    [['analyze', '--bogus']],
    [['analyze', '--format', 'xml']],
    [['analyze', '--workers', 'two']],
    [['frobnicate']],
    [['--nope']],
    [[]],
    [['eval', 'ner']],
    [['corpus']],
  ])('%j is a usage error: exit 2, a message, no stack', async (args) => {
    const run = await khabar(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^khabar: /);
    expect(run.stderr).not.toContain('\n    at ');
  });
});
