import fc from 'fast-check';
import { normalize, normalizeWithOffsets, type NormalizeOptions } from '../../src/index.js';

const ALL_OFF: Required<NormalizeOptions> = {
  presentationForms: false,
  alef: false,
  hamza: false,
  tehMarbuta: false,
  alefMaqsura: false,
  diacritics: false,
  tatweel: false,
  digits: false,
  persianLetters: false,
  invisible: false,
};
const only = (name: keyof NormalizeOptions): NormalizeOptions => ({ ...ALL_OFF, [name]: true });

describe('normalize: the examples of the specification (all steps on)', () => {
  test.each([
    ['أَحْمَدُ', 'احمد'],
    ['مدرسة الأولى', 'مدرسه الاولي'],
    ['مسؤول', 'مسوول'],
    ['١٢٣٫٥', '123.5'],
    ['ﻻ', 'لا'],
    ['كتـــاب', 'كتاب'],
  ])('%s → %s', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });
});

describe('normalize: each step on its own', () => {
  test.each<[keyof NormalizeOptions, string, string]>([
    ['presentationForms', 'ﻻ ﻷ ﷲ ﺑﺴﻢ', 'لا لأ الله بسم'],
    ['alef', 'أحمد إبراهيم آمال ٱلله ٲ ٳ ٵ', 'احمد ابراهيم امال الله ا ا ا'],
    ['hamza', 'مسؤول رئيس سماء', 'مسوول رييس سماء'],
    ['tehMarbuta', 'مدرسة', 'مدرسه'],
    ['alefMaqsura', 'الأولى مستشفى', 'الأولي مستشفي'],
    ['diacritics', 'مُحَمَّدٌ قُرْآنٰ ۖ', 'محمد قرآن '],
    ['tatweel', 'كتـــاب', 'كتاب'],
    ['digits', '٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ ٣٫٥ ١٬٠٠٠ ٪', '0123456789 0123456789 3.5 1,000 %'],
    ['persianLetters', 'کتاب یک ېۍ ھە ۀ پ چ ژ گ', 'كتاب يك يي هه ه پ چ ژ گ'],
    ['invisible', 'a\u200bb\u200cc\u200dd\u200ee\u200ff\u202ag\u202eh\u2066i\u2069j\u061ck\ufeffl\u00adm', 'abcdefghijklm'],
  ])('%s', (step, input, expected) => {
    expect(normalize(input, only(step))).toBe(expected);
  });

  test('with every step off, only the combining hamza/madda is composed', () => {
    expect(normalize('أَحْمَدُ كتـاب ١٢٣ ﻻ', ALL_OFF)).toBe('أَحْمَدُ كتـاب ١٢٣ ﻻ');
    expect(normalize('ا\u0654حمد', ALL_OFF)).toBe('أحمد');
    expect(normalize('ا\u0653ل', ALL_OFF)).toBe('آل');
    expect(normalize('ا\u0655سلام', ALL_OFF)).toBe('إسلام');
    expect(normalize('مسو\u0654ول', ALL_OFF)).toBe('مسؤول');
  });

  test('composition happens before the other steps', () => {
    expect(normalize('ا\u0654حمد')).toBe('احمد');
    expect(normalize('ا\u0654حمد', { alef: false })).toBe('أحمد');
    expect(normalize('ي\u0654')).toBe('ي');
  });

  test('a combining hamza that composes with nothing is a diacritic', () => {
    expect(normalize('ب\u0654')).toBe('ب');
    expect(normalize('ب\u0654', { diacritics: false })).toBe('ب\u0654');
  });

  test('whitespace, Latin and other scripts are left exactly as they are', () => {
    const s = 'Hello\tWORLD\n\u00a0 Ελλάδα שלום 中文 ñ é';
    expect(normalize(s)).toBe(s);
  });

  test('lone surrogates and NUL survive unchanged', () => {
    expect(normalize('\ud800أ\u0000\udfff')).toBe('\ud800ا\u0000\udfff');
  });
});

describe('normalizeWithOffsets', () => {
  test('removed characters leave no output; offsets point at the source', () => {
    const r = normalizeWithOffsets('كتـــاب');
    expect(r.text).toBe('كتاب');
    expect(Array.from(r.offsets)).toEqual([0, 1, 5, 6, 7]);
  });

  test("a ligature's characters all map back to the ligature", () => {
    const r = normalizeWithOffsets('قال ﷲ');
    expect(r.text).toBe('قال الله');
    expect(Array.from(r.offsets)).toEqual([0, 1, 2, 3, 4, 4, 4, 4, 5]);
  });

  test('a composed letter maps to its base, the mark leaves nothing', () => {
    const r = normalizeWithOffsets('ا\u0654ب');
    expect(r.text).toBe('اب');
    expect(Array.from(r.offsets)).toEqual([0, 2, 3]);
  });

  test('an unchanged text maps to itself', () => {
    const r = normalizeWithOffsets('abc');
    expect(r.text).toBe('abc');
    expect(Array.from(r.offsets)).toEqual([0, 1, 2, 3]);
  });

  test('the empty string', () => {
    const r = normalizeWithOffsets('');
    expect(r.text).toBe('');
    expect(Array.from(r.offsets)).toEqual([0]);
  });

  const arabicish = fc.constantFrom(
    ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئةىٱ'.split(''),
    '\u064b', '\u064e', '\u0651', '\u0652', '\u0653', '\u0654', '\u0655', '\u0670', '\u06d6', '\u0640',
    '٠', '٣', '۵', '٫', '٬', '٪', 'ﻻ', 'ﷲ', 'ﷺ', 'ﻷ', '\ufe70', 'ک', 'ی', 'ە', 'ۀ', 'ھ', 'پ',
    '\u200b', '\u200f', '\u202b', '\u2066', '\ufeff', '\u00ad', '\u061c',
    ' ', '\n', 'a', 'Z', '1', '.', '،', '«', '😀', '\ud800', '\udc00', '\u0000',
  );
  const texts = fc.oneof(fc.array(arabicish, { maxLength: 60 }).map((a) => a.join('')), fc.string({ unit: 'binary', maxLength: 60 }));
  const options = fc.record(Object.fromEntries(Object.keys(ALL_OFF).map((k) => [k, fc.boolean()])) as Record<keyof NormalizeOptions, fc.Arbitrary<boolean>>);

  test('property: length, monotone offsets, end offset, agreement with normalize', () => {
    fc.assert(
      fc.property(texts, options, (input, opts) => {
        const r = normalizeWithOffsets(input, opts);
        expect(r.offsets.length).toBe(r.text.length + 1);
        expect(r.offsets[r.text.length]).toBe(input.length);
        for (let i = 1; i < r.offsets.length; i++) expect(r.offsets[i]).toBeGreaterThanOrEqual(r.offsets[i - 1]);
        for (let i = 0; i < r.text.length; i++) expect(r.offsets[i]).toBeLessThan(input.length);
        expect(r.text).toBe(normalize(input, opts));
      }),
      { numRuns: 500 },
    );
  });

  test('property: normalizing twice changes nothing more', () => {
    fc.assert(
      fc.property(texts, (input) => {
        const once = normalize(input);
        expect(normalize(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  test('property: characters the steps do not name are copied with their own offset', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (latin) => {
        const r = normalizeWithOffsets(latin.replace(/[\u0600-\u06ff\ufb50-\ufeff\u200b-\u200f\u202a-\u202e\u2066-\u2069\u00ad]/g, ''));
        for (let i = 0; i < r.text.length; i++) expect(r.offsets[i]).toBe(i);
      }),
    );
  });
});

describe('bad input', () => {
  test.each([[null], [undefined], [42], [{}], [Buffer.from('نص')]])('%p is a TypeError', (value) => {
    expect(() => normalize(value as unknown as string)).toThrow(TypeError);
    expect(() => normalizeWithOffsets(value as unknown as string)).toThrow(TypeError);
  });
});
