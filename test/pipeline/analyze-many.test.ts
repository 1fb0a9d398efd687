// analyzeMany and createAnalyzeStream: results in input order, in this thread and on worker threads,
// with errors in place, from sync and async sources.
import { execFileSync } from 'node:child_process';
import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { analyze, analyzeMany, createAnalyzeStream, type AnalyzeResult, type DocumentInput } from '../../src/index.js';
import { articleVariations } from '../cli/helpers.js';

const docs = articleVariations(60);
const inputs: DocumentInput[] = docs.map((text, i) => (i % 3 === 0 ? text : { id: `d${i}`, text }));
inputs.splice(10, 0, { id: 'no-text', text: 5 });
inputs.splice(20, 0, null as unknown as DocumentInput);
const expectedIds = inputs.map((d, i) => (typeof d === 'object' && d !== null && d.id !== undefined ? String(d.id) : String(i)));

async function collect(results: AsyncIterable<AnalyzeResult>): Promise<AnalyzeResult[]> {
  const out: AnalyzeResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}

describe('analyzeMany', () => {
  test.each([[1], [2]])('concurrency %d: one result per document, in input order, equal to analyze()', async (concurrency) => {
    const results = await collect(analyzeMany(inputs, { concurrency, tokens: false }));
    expect(results.map((r) => r.id)).toEqual(expectedIds);
    expect(results[10]).toEqual({ id: 'no-text', error: { code: 'E_NO_TEXT', message: 'document no-text has no string text (text is number)' } });
    expect(results[20]).toEqual({ id: '20', error: { code: 'E_NO_TEXT', message: 'document 20 is null, not a string or { id, text }' } });
    for (const [i, r] of results.entries()) {
      const input = inputs[i];
      const text = typeof input === 'string' ? input : typeof input?.text === 'string' ? input.text : null;
      if (text !== null) expect(r.analysis).toEqual(analyze(text, { tokens: false }));
    }
  });

  test('on worker threads with tokens (sent as packed arrays), the same analyses byte for byte', async () => {
    // diacritics, tatweel and presentation forms: tokens whose normalized form differs from their text
    const texts = [...docs.slice(0, 8), 'قَالَ الوزيـــر إنّ ﻻ «شيء» تغيّر، S-400 و٣٠٠ https://x.com/a', ''];
    const results = await collect(analyzeMany(texts, { concurrency: 2 }));
    for (const [i, r] of results.entries()) expect(JSON.stringify(r.analysis)).toBe(JSON.stringify(analyze(texts[i]!)));
  });

  test('each result comes as soon as it is ready, even while the source waits', async () => {
    // the source gives the next document only after the previous result came out: a pipeline that
    // waited for more input before yielding would never finish
    const seen: string[] = [];
    let released: () => void = () => {};
    async function* gated(): AsyncGenerator<DocumentInput> {
      for (let i = 0; i < 4; i++) {
        seen.push(`in ${i}`);
        const out = new Promise<void>((resolve) => (released = resolve));
        yield { id: `s${i}`, text: docs[i]! };
        await out;
      }
    }
    for await (const r of analyzeMany(gated(), { concurrency: 2 })) {
      seen.push(`out ${r.id}`);
      released();
    }
    expect(seen).toEqual(['in 0', 'out s0', 'in 1', 'out s1', 'in 2', 'out s2', 'in 3', 'out s3']);
  });

  test('bounded: at most `window` documents are read ahead of the consumer', async () => {
    let pulled = 0;
    function* counting(): Generator<string> {
      for (let i = 0; i < 40; i++) {
        pulled++;
        yield docs[i]!;
      }
    }
    const results = analyzeMany(counting(), { concurrency: 2, window: 5 });
    const first = await results.next();
    expect(first.value?.id).toBe('0');
    expect(pulled).toBeLessThanOrEqual(6);
    await results.return(undefined); // stops early: the workers are terminated
  });

  test('the analyzer config reaches the workers; a config error is thrown, not swallowed', async () => {
    const results = await collect(analyzeMany([docs[0]!], { concurrency: 2, maxInputLength: 10 }));
    expect(results[0]!.error?.code).toBe('E_INPUT_TOO_LARGE');
    await expect(collect(analyzeMany(['نص'], { concurrency: 2, lexicons: ['/no/such/lexicon.jsonl'] }))).rejects.toMatchObject({ code: 'E_LEXICON' });
    await expect(collect(analyzeMany(['نص'], { concurrency: 0 }))).rejects.toMatchObject({ code: 'E_OPTION' });
  });
});

describe('from the CommonJS bundle', () => {
  test('require("khabar").analyzeMany finds the worker script and runs a pool', () => {
    const script = "const { analyzeMany } = require('khabar'); (async () => { const out = []; for await (const r of analyzeMany(['قال لافروف', { id: 'x', text: 'موسكو' }, { id: 'y' }], { concurrency: 2, tokens: false })) out.push(r.id + ':' + (r.error ? r.error.code : r.analysis.entities.length)); process.stdout.write(out.join(' ')); })();";
    expect(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })).toBe('0:1 x:1 y:E_NO_TEXT');
  });
});

describe('createAnalyzeStream', () => {
  test.each([[1], [2]])('concurrency %d: a Transform in object mode, results in input order', async (concurrency) => {
    const stream = createAnalyzeStream({ concurrency, tokens: false, sentences: false });
    expect(stream).toBeInstanceOf(Transform);
    const out: AnalyzeResult[] = [];
    // streams carry no null: the stream test leaves that document out
    const streamed = inputs.filter((d) => d !== null);
    await pipeline(
      Readable.from(streamed),
      stream as unknown as Transform,
      new Writable({
        objectMode: true,
        write(result: AnalyzeResult, _encoding, done) {
          out.push(result);
          done();
        },
      }),
    );
    expect(out.map((r) => r.id)).toEqual(streamed.map((d, i) => (typeof d === 'object' && d.id !== undefined ? String(d.id) : String(i))));
    expect(out[10]!.error?.code).toBe('E_NO_TEXT');
    expect(out[1]!.analysis).toEqual(analyze(docs[1]!, { tokens: false, sentences: false }));
  });

  test('write and read by hand; async iteration', async () => {
    const stream = createAnalyzeStream();
    stream.write('قال لافروف في موسكو');
    stream.write({ id: 'b', text: 'وصلت إس-400 إلى أنقرة.' });
    stream.end();
    const ids: string[] = [];
    for await (const r of stream) ids.push(`${r.id}:${r.analysis?.entities.length}`);
    expect(ids).toEqual(['0:2', 'b:2']);
  });
});
