import { segment } from '../../src/index.js';

const best = (word: string): string => {
  const s = segment(word)[0];
  return [...s.proclitics, s.stem, s.enclitic].filter(Boolean).join('+');
};

describe('segment', () => {
  test.each([
    ['وبالولايات', 'و+ب+ال+ولايات'],
    ['لحفتر', 'ل+حفتر'],
    ['وموسكو', 'و+موسكو'],
    ['للولايات', 'ل+ال+ولايات'],
    ['والرياض', 'و+ال+رياض'],
    ['فالحكومة', 'ف+ال+حكومة'],
    ['كالعادة', 'ك+ال+عادة'],
    ['وللسعودية', 'و+ل+ال+سعودية'],
    ['سيقول', 'س+يقول'],
    ['الوزير', 'ال+وزير'],
  ])('%s → %s', (word, expected) => {
    expect(best(word)).toBe(expected);
  });

  test('the unsegmented word is always a reading, last', () => {
    const readings = segment('ليبيا');
    expect(readings[readings.length - 1]).toEqual({ proclitics: [], stem: 'ليبيا', enclitic: '', start: 0, end: 5, nameStart: 0 });
    expect(readings.map((r) => r.stem)).toEqual(['يبيا', 'ليبيا']);
  });

  test('pronoun suffixes', () => {
    const readings = segment('وأكدنا').map((r) => `${r.proclitics.join('+')}|${r.stem}|${r.enclitic}`);
    expect(readings).toEqual(['و|أكدنا|', 'و|أكد|نا', '|وأكد|نا', '|وأكدنا|']);
    expect(segment('كتابهم').map((r) => `${r.proclitics.join('+')}|${r.stem}|${r.enclitic}`)).toContain('|كتاب|هم');
  });

  test('a stem is never under two letters', () => {
    for (const word of ['وبه', 'لل', 'وال', 'فك', 'بها', 'و']) {
      for (const r of segment(word)) expect(r.stem.length === word.length || r.stem.replace(/[\u064b-\u065f\u0640]/g, '').length >= 2).toBe(true);
    }
    expect(segment('وبه').map((r) => r.stem)).toEqual(['به', 'وب', 'وبه']);
  });

  test('offsets are into the word, with diacritics and tatweel', () => {
    const [first] = segment('وَبِالوِلايَات');
    expect(first.proclitics).toEqual(['و', 'ب', 'ال']);
    expect('وَبِالوِلايَات'.slice(first.start, first.end)).toBe(first.stem);
    expect(first.stem).toBe('وِلايَات');
    expect('وَبِالوِلايَات'.slice(first.nameStart)).toBe('الوِلايَات');
    const [tatweel] = segment('بـالرياض');
    expect(tatweel.stem).toBe('رياض');
    expect('بـالرياض'.slice(tatweel.nameStart)).toBe('الرياض');
  });
});
