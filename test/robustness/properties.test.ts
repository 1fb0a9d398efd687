// Properties of analyze on generated documents: exact spans, order, no overlaps, determinism, and no
// memory of earlier documents.
import fc from 'fast-check';
import { analyze, createAnalyzer, type Analysis } from '../../src/index.js';

const pieces = fc.constantFrom(
  'قال', 'وقال', 'وقالت', 'أكد', 'وأضاف', 'مضيفا', 'إن', 'أن', 'بأن', 'الوزير', 'التركي', 'وزير الخارجية', 'مولود جاويش أوغلو',
  'أوغلو', 'لافروف', 'سيرغي لافروف', 'روسيا', 'وموسكو', 'بالولايات المتحدة', 'أنقرة', 'إس-400', 'مصدر كبير', 'المصدر',
  'بحسب الأناضول', 'وزارة الدفاع التركية', 'الرئيس', 'محمد', 'العلي', 'في', 'من', 'على', 'يذكر أن', 'بدوره',
  '«', '»', '"', '“', '”', ':', '،', '.', '؟', '\n', '\n\n', ' ', '  ', '(', ')', '٣٫٥', '2015', 'S-400', 'https://x.com/a',
  '\u200f', '\ud800', '\u0000', 'ـــ', '\u064e', '😀',
);
const documents = fc.array(pieces, { minLength: 0, maxLength: 60 }).map((a) => a.join(' '));

function spansOk(text: string, a: Analysis): void {
  const exact = (s: { start?: number; end?: number; text?: string }): boolean => s.text === undefined || text.slice(s.start ?? -1, s.end ?? -1) === s.text;
  expect([...a.tokens, ...a.sentences, ...a.entities, ...a.quotes].every(exact)).toBe(true);
  expect(a.quotes.every((q) => (!q.cue || exact(q.cue)) && (!q.speaker || exact(q.speaker)) && (!q.source || exact(q.source)))).toBe(true);
}

function orderedNonOverlapping(spans: { start: number; end: number }[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].end) return false;
  return spans.every((s) => s.end > s.start);
}

let freshAnalyzer: ReturnType<typeof createAnalyzer> | undefined;
/** An analyzer that has analyzed nothing but the documents it is asked about, one at a time. */
function createFreshOnce(): ReturnType<typeof createAnalyzer> {
  // analyzers keep no per-document state; a second one built once stands for "fresh"
  freshAnalyzer ??= createAnalyzer();
  return freshAnalyzer;
}

describe('analyze: properties on generated documents', () => {
  test('spans are exact; entities and quotes are in order and never overlap', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const a = analyze(text);
        spansOk(text, a);
        expect(orderedNonOverlapping(a.entities)).toBe(true);
        expect(orderedNonOverlapping(a.quotes)).toBe(true);
        expect(orderedNonOverlapping(a.tokens)).toBe(true);
        expect(orderedNonOverlapping(a.sentences)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  test('deterministic: the same input gives the same output', () => {
    fc.assert(
      fc.property(documents, (text) => {
        expect(analyze(text)).toEqual(analyze(text));
      }),
      { numRuns: 150 },
    );
  });

  test('a document is analyzed the same whatever came before it', () => {
    // one analyzer sees every generated document (and keeps whatever it keeps); the other sees each
    // tested document first
    const used = createAnalyzer();
    fc.assert(
      fc.property(fc.array(documents, { minLength: 1, maxLength: 4 }), documents, (before, text) => {
        for (const b of before) used.analyze(b);
        expect(used.analyze(text)).toEqual(createFreshOnce().analyze(text));
      }),
      { numRuns: 100 },
    );
  });

  test('random Unicode never throws and keeps spans exact', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        spansOk(text, analyze(text));
      }),
      { numRuns: 400 },
    );
  });
});
