import fc from 'fast-check';
import { sentences } from '../../src/index.js';

const texts = (s: string): string[] => sentences(s).map((x) => x.text);

describe('sentences', () => {
  test('splits at . ! ? ؟ …', () => {
    expect(texts('وصل الوزير. بدأت المحادثات! هل انتهت؟ لا… ثم غادر')).toEqual(['وصل الوزير.', 'بدأت المحادثات!', 'هل انتهت؟', 'لا…', 'ثم غادر']);
  });

  test('not inside numbers', () => {
    expect(texts('بلغ النمو 3.5 بالمئة و٣٫٥ أيضا. انتهى.')).toEqual(['بلغ النمو 3.5 بالمئة و٣٫٥ أيضا.', 'انتهى.']);
  });

  test('not after abbreviations and initials', () => {
    expect(texts('قال د. محمد إن م. أحمد وص. علي وأ. خالد وج. بوش حضروا. ثم انتهى.')).toEqual([
      'قال د. محمد إن م. أحمد وص. علي وأ. خالد وج. بوش حضروا.',
      'ثم انتهى.',
    ]);
  });

  test('a year letter is not an abbreviation', () => {
    expect(texts('تأسست عام 2015م. ثم توسعت.')).toEqual(['تأسست عام 2015م.', 'ثم توسعت.']);
  });

  test('at blank lines and line breaks (paragraphs, headlines)', () => {
    expect(texts('عنوان الخبر\n\nنص الخبر الأول\nالفقرة الثانية.')).toEqual(['عنوان الخبر', 'نص الخبر الأول', 'الفقرة الثانية.']);
  });

  test('closing quotes and brackets stay with their sentence', () => {
    expect(texts('قال: «انتهى الأمر.» ثم غادر (بسرعة.) وعاد.')).toEqual(['قال: «انتهى الأمر.»', 'ثم غادر (بسرعة.)', 'وعاد.']);
  });

  test('?! and ... runs', () => {
    expect(texts('حقا؟! نعم... بالتأكيد.')).toEqual(['حقا؟!', 'نعم...', 'بالتأكيد.']);
  });

  test('URLs and emails do not split', () => {
    expect(texts('زوروا www.spa.gov.sa أو info@spa.gov.sa اليوم. شكرا.')).toEqual(['زوروا www.spa.gov.sa أو info@spa.gov.sa اليوم.', 'شكرا.']);
  });

  test('exact spans', () => {
    const text = '  أولا. ثانيا  ';
    expect(sentences(text)).toEqual([
      { text: 'أولا.', start: 2, end: 7 },
      { text: 'ثانيا', start: 8, end: 13 },
    ]);
  });

  test('property: ordered, exact, non-overlapping spans', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('ق', 'ا', 'ل', ' ', '.', '؟', '\n', '3', 'د', '«', '»', '…', 'a', '\ud800'), maxLength: 80 }), (text) => {
        let last = 0;
        for (const s of sentences(text)) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          last = s.end;
        }
      }),
      { numRuns: 1000 },
    );
  });
});
