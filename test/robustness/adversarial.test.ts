// Hostile and degenerate input: every case returns a well-formed analysis, quickly (a hang or a
// quadratic blow-up would exceed the test timeout), with every span exact.
import { analyze, createAnalyzer, KhabarError, type Analysis } from '../../src/index.js';

/** Every span of the analysis that is not exactly its slice of the text (one expect for them all: a
 *  hundred thousand expect calls would measure jest, not khabar). */
function badSpans(text: string, a: Analysis): string[] {
  const bad: string[] = [];
  const check = (what: string, s: { start?: number; end?: number; text?: string }): void => {
    if (s.text !== undefined && text.slice(s.start ?? -1, s.end ?? -1) !== s.text) bad.push(`${what} ${s.start}-${s.end}`);
  };
  for (const t of a.tokens) check('token', t);
  for (const s of a.sentences) check('sentence', s);
  for (const e of a.entities) check('entity', e);
  for (const q of a.quotes) {
    check('quote', q);
    if (q.cue) check('cue', q.cue);
    if (q.speaker) check('speaker', q.speaker);
    if (q.source) check('source', q.source);
  }
  for (const r of a.referents) for (const m of r.mentions) check(`referent ${r.id}`, m);
  return bad;
}

function checkSpans(text: string, a: Analysis): void {
  expect(badSpans(text, a)).toEqual([]);
}

const repeat = (s: string, n: number): string => s.repeat(n);

/** n persons with names no lexicon knows, each quoted by the family name and by a role (coref's name index). */
function persons(n: number): string {
  const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';
  const family = (i: number): string => letters[i % 28] + letters[Math.floor(i / 28) % 28] + letters[Math.floor(i / 784) % 28] + 'اوي';
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(`وقال أحمد ${family(i)} إن كذا. وأضاف ${family(i)}: «نعم». وقال الوزير إن كذا.`);
  return out.join('\n');
}

describe('adversarial text', () => {
  const cases: [string, () => string][] = [
    ['lone surrogates', () => 'قال \ud800 الوزير \udc00 إن \udbff\udbff "النص" \udfff'],
    ['NUL bytes', () => 'قال\u0000الوزير\u0000إن\u0000 "لا شيء"\u0000'],
    ['bidi overrides', () => '\u202eقال الوزير التركي\u202c إن \u2066العلاقات\u2069 "جيدة" \u200f'],
    ['a megabyte without a space', () => repeat('بببب', 250_000)],
    ['a megabyte of Latin without a space', () => repeat('abcd', 250_000)],
    ['100,000 diacritics on one letter', () => 'ق' + repeat('\u064e', 100_000) + 'ال'],
    ['50,000 opening guillemets', () => 'قال الوزير ' + repeat('«', 50_000)],
    ['50,000 closing guillemets', () => repeat('»', 50_000) + ' قال الوزير'],
    ['50,000 straight quotes', () => repeat('"', 50_000)],
    ['thousands of nested quotes', () => repeat('قال: «', 5_000) + 'نعم' + repeat('»', 5_000)],
    ['alternating quote pairs', () => repeat('قال «نعم» ', 20_000)],
    ['thousands of speech verbs in a row', () => repeat('قال ', 20_000)],
    ['speech verbs and complementizers', () => repeat('قال إن ', 20_000)],
    ['titles and names', () => repeat('وقال الوزير التركي مولود جاويش أوغلو إن ', 5_000)],
    ['surnames repeated', () => 'مولود جاويش أوغلو ' + repeat('أوغلو ', 30_000)],
    ['anonymous sources referring back', () => 'وقال مصدر كبير إن كذا. ' + repeat('وأضاف المصدر أن كذا. ', 10_000)],
    ['thousands of persons, each quoted by family name and by role', () => persons(5_000)],
    ['counterparts with no one before them', () => repeat('وقال نظيره الروسي إن كذا. ', 10_000)],
    ['a 200,000-character tatweel run', () => 'كتـ' + repeat('ـ', 200_000) + 'اب'],
    ['a very long URL', () => 'انظر https://example.com/' + repeat('a/', 200_000) + ' الآن'],
    ['URLs back to back', () => repeat('http://x.co/a ', 30_000)],
    ['a long email-like run', () => repeat('a.', 200_000) + '@x.com'],
    ['digits and separators', () => repeat('1,', 200_000) + '5'],
    ['only punctuation', () => repeat('.،؛؟!', 100_000)],
    ['only line breaks', () => repeat('\n', 200_000)],
    ['emoji modifiers', () => repeat('👍🏽‍', 50_000)],
    ['presentation forms', () => repeat('ﻻﷲﷺ', 50_000)],
    ['clitics everywhere', () => repeat('وبالولايات وللسعودية ', 20_000)],
    ['hashtags and mentions', () => repeat('#وسم@اسم', 30_000)],
  ];
  test.each(cases)('%s', (_name, make) => {
    const text = make();
    const a = analyze(text);
    expect(a.schemaVersion).toBe(2);
    checkSpans(text, a);
  });
});

describe('limits and bad input', () => {
  test('input over the limit is a KhabarError with a stable code', () => {
    const small = createAnalyzer({ maxInputLength: 100 });
    expect(() => small.analyze('ا'.repeat(101))).toThrow(KhabarError);
    try {
      small.analyze('ا'.repeat(101));
    } catch (error) {
      expect((error as KhabarError).code).toBe('E_INPUT_TOO_LARGE');
    }
    expect(small.analyze('ا'.repeat(100)).tokens.length).toBe(1);
  });

  test.each([[null], [undefined], [42], [{ text: 'x' }], [['x']], [Buffer.from('نص')]])('analyze(%p) is a TypeError', (value) => {
    expect(() => analyze(value as unknown as string)).toThrow(TypeError);
  });

  test('a bad maxInputLength is an E_OPTION error', () => {
    expect(() => createAnalyzer({ maxInputLength: -1 })).toThrow(expect.objectContaining({ code: 'E_OPTION' }));
  });

  test('the empty document', () => {
    expect(analyze('')).toEqual({ schemaVersion: 2, language: 'und', tokens: [], sentences: [], entities: [], quotes: [], referents: [] });
  });
});
