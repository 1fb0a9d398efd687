import fc from 'fast-check';
import { tokenize, type Token } from '../../src/index.js';

const view = (tokens: Token[]): string[] => tokens.map((t) => `${t.text}/${t.kind}`);

describe('tokenize: one token per kind', () => {
  test.each<[string, string, string[]]>([
    ['Arabic words', 'قال الوزير', ['قال/word', 'الوزير/word']],
    ['diacritics and tatweel stay inside a word', 'مُحَمَّدٌ كتـــاب', ['مُحَمَّدٌ/word', 'كتـــاب/word']],
    ['Arabic-Indic decimal', 'بلغ ٣٫٥ بالمئة', ['بلغ/word', '٣٫٥/number', 'بالمئة/word']],
    ['Latin grouping and decimals', 'دفع 1,500.25 دولار', ['دفع/word', '1,500.25/number', 'دولار/word']],
    ['Arabic thousands separator', '١٬٥٠٠', ['١٬٥٠٠/number']],
    ['letter–hyphen–digit codes', 'إس-400 S-400 إف-16 كوفيد-19', ['إس-400/word', 'S-400/latin', 'إف-16/word', 'كوفيد-19/word']],
    ['letters glued to digits', 'طريق إم4 وTB2', ['طريق/word', 'إم4/word', 'و/word', 'TB2/latin']],
    ['a preposition is not glued to a number', 'بـ١٠٠ ب100', ['بـ/word', '١٠٠/number', 'ب/word', '100/number']],
    ['Latin words', 'Recep Tayyip', ['Recep/latin', 'Tayyip/latin']],
    ['URL', 'انظر https://www.aa.com.tr/ar/تركيا/123، ثم', ['انظر/word', 'https://www.aa.com.tr/ar/تركيا/123/url', '،/punct', 'ثم/word']],
    ['bare domain', 'موقع aljazeera.net اليوم', ['موقع/word', 'aljazeera.net/url', 'اليوم/word']],
    ['URL in parentheses', '(http://x.com/a_(b))', ['(/punct', 'http://x.com/a_(b)/url', ')/punct']],
    ['email', 'راسلونا info@spa.gov.sa.', ['راسلونا/word', 'info@spa.gov.sa/email', './punct']],
    ['hashtag', '#السعودية #Saudi_2030', ['#السعودية/hashtag', '#Saudi_2030/hashtag']],
    ['mention', '@AJArabic قال', ['@AJArabic/mention', 'قال/word']],
    ['emoji with modifiers and flags', 'رائع 👍🏽 🇸🇦 👨‍👩‍👧 ❤️', ['رائع/word', '👍🏽/emoji', '🇸🇦/emoji', '👨‍👩‍👧/emoji', '❤️/emoji']],
    ['symbols', '$ 5 + 3 = %', ['$/symbol', '5/number', '+/symbol', '3/number', '=/symbol', '%/punct']],
    ['percent sign after a number', '50٪', ['50/number', '٪/punct']],
  ])('%s', (_name, input, expected) => {
    expect(view(tokenize(input))).toEqual(expected);
  });

  test('punctuation and quote marks are tokens of their own', () => {
    const marks = '« » “ ” „ " \' ( ) [ ] ، ؛ ؟ ! . : …';
    expect(tokenize(marks).map((t) => t.text)).toEqual(marks.split(' '));
    expect(tokenize(marks).every((t) => t.kind === 'punct')).toBe(true);
  });

  test('quote marks glued to words', () => {
    expect(view(tokenize('«داعش»، "قال"'))).toEqual(['«/punct', 'داعش/word', '»/punct', '،/punct', '"/punct', 'قال/word', '"/punct']);
  });

  test('a run of dots is one token', () => {
    expect(tokenize('انتهى...').map((t) => t.text)).toEqual(['انتهى', '...']);
  });
});

describe('tokenize: offsets and norm', () => {
  test('exact spans into the original text', () => {
    const text = 'وصلت منظومة إس-400 إلى أنقرة.';
    expect(tokenize(text)).toEqual([
      { text: 'وصلت', start: 0, end: 4, norm: 'وصلت', kind: 'word' },
      { text: 'منظومة', start: 5, end: 11, norm: 'منظومه', kind: 'word' },
      { text: 'إس-400', start: 12, end: 18, norm: 'اس-400', kind: 'word' },
      { text: 'إلى', start: 19, end: 22, norm: 'الي', kind: 'word' },
      { text: 'أنقرة', start: 23, end: 28, norm: 'انقره', kind: 'word' },
      { text: '.', start: 28, end: 29, norm: '.', kind: 'punct' },
    ]);
  });

  test('norm follows the normalization options', () => {
    expect(tokenize('أنقرة ٣', { normalize: { alef: false, digits: false } }).map((t) => t.norm)).toEqual(['أنقره', '٣']);
  });

  test('presentation forms and compositions inside a token', () => {
    expect(tokenize('ﻻ ا\u0654حمد').map((t) => [t.text, t.norm])).toEqual([
      ['ﻻ', 'لا'],
      ['ا\u0654حمد', 'احمد'],
    ]);
  });

  test('empty and blank input give no tokens', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t\u00a0')).toEqual([]);
  });
});

describe('tokenize: properties on random Unicode', () => {
  const pieces = fc.constantFrom(
    'قال', 'الوزير', 'مُحَمَّد', 'كتـــاب', 'إس-400', '٣٫٥', '1,500', 'S-400', 'إم4', 'www.x.com', 'a@b.co', '#وسم', '@u',
    ' ', '  ', '\n', '\n\n', '\t', '.', '،', '«', '»', '"', '(', ')', '-', '…', '؟',
    '😀', '👍🏽', '🇸🇦', '\u200d', '\ufe0f', '\ud800', '\udc00', '\u202b', '\u202c', '\u200f', '\u2066', '\u0000', '\u0651', '\u0640',
    'a', 'Z', 'é', 'ß', '中', 'ﻻ', 'ﷲ', 'ا\u0654',
  );
  const texts = fc.oneof(
    fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
  );

  test('ordered, non-overlapping, exact, non-blank, covering every non-space character', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const tokens = tokenize(text);
        const covered = new Uint8Array(text.length);
        let last = 0;
        for (const t of tokens) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.text.trim().length > 0 || /\S/.test(t.text)).toBe(true);
          for (let i = t.start; i < t.end; i++) covered[i] = 1;
          last = t.end;
        }
        for (let i = 0; i < text.length; i++) {
          if (!/\s/.test(text[i])) expect(covered[i]).toBe(1);
        }
      }),
      { numRuns: 1500 },
    );
  });

  test('tokens never start or end with white space', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const t of tokenize(text)) {
          expect(/^\s|\s$/.test(t.text)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('bad input', () => {
  test('non-strings are a TypeError', () => {
    expect(() => tokenize(null as unknown as string)).toThrow(TypeError);
    expect(() => tokenize(Buffer.from('x') as unknown as string)).toThrow(/Buffer/);
  });
});
