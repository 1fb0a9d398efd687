// The pretty format: exact lines with brackets and with colours, logical order without --shape, and
// with --shape real Arabic lines in presentation forms and display order.
import { renderPretty } from '../../src/report/terminal.js';
import { terminalSafe } from '../../src/report/line.js';
import { shape, toVisual } from '../../src/report/visual.js';
import { ARTICLE, ARTICLE_ANALYSIS, analysisOf, find } from './fixtures.js';

const SMALL = 'قال لافروف في موسكو "التعاون سيتواصل".';
const SMALL_ANALYSIS = analysisOf(SMALL, {
  entities: [
    { ...find(SMALL, 'لافروف'), type: 'PERSON', id: 'person:sergey_lavrov', name: 'سيرغي لافروف', form: 'name', source: 'lexicon' },
    { ...find(SMALL, 'موسكو'), type: 'CITY', id: 'city:RU:moscow', name: 'موسكو', form: 'name', source: 'lexicon' },
  ],
  quotes: [
    {
      kind: 'direct',
      ...find(SMALL, 'التعاون سيتواصل'),
      cue: { text: 'قال', ...find(SMALL, 'قال'), lemma: 'قال' },
      speaker: { text: 'لافروف', ...find(SMALL, 'لافروف'), name: 'سيرغي لافروف', entityId: 'person:sergey_lavrov', type: 'PERSON', resolution: 'explicit' },
      source: null,
    },
  ],
});

const PRESENTATION_FORM = /[\uFE70-\uFEFF]/;
// Arabic letters that arabic-reshaper maps to presentation forms (tatweel U+0640 is left as it is).
const UNSHAPED_LETTER = /[\u0621-\u063A\u0641-\u064A]/;

describe('renderPretty without shape', () => {
  test('the whole report, exactly, with brackets', () => {
    expect(renderPretty(SMALL, SMALL_ANALYSIS)).toBe(
      [
        'khabar  language: arb',
        '  0 tokens · 1 sentences · 2 entities · 1 quotes',
        '',
        'Sentences',
        '  1  قال [لافروف|PERSON] في [موسكو|CITY] "التعاون سيتواصل".',
        '',
        'Entities (2)',
        '  PERSON  لافروف  name: سيرغي لافروف  id: person:sergey_lavrov  lexicon 4-10',
        '  CITY    موسكو  name: موسكو  id: city:RU:moscow  lexicon 14-19',
        '',
        'Quotes (1)',
        '  1. direct 21-36 · اقتباس مباشر',
        '     speaker: سيرغي لافروف (explicit: مذكور صراحة)  id: person:sergey_lavrov  mention: لافروف',
        '     cue: قال (قال)  source: -',
        '     «التعاون سيتواصل»',
        '',
      ].join('\n'),
    );
  });

  test('with colours: one ANSI colour per type, a legend, adjectives faint', () => {
    const out = renderPretty(SMALL, SMALL_ANALYSIS, { color: true }).split('\n');
    expect(out[2]).toBe('  \x1b[95mPERSON\x1b[0m \x1b[92mORGANIZATION\x1b[0m \x1b[94mCOUNTRY\x1b[0m \x1b[96mCITY\x1b[0m \x1b[93mLOCATION\x1b[0m \x1b[91mWEAPON\x1b[0m');
    expect(out[5]).toBe('  1  قال \x1b[95mلافروف\x1b[0m في \x1b[96mموسكو\x1b[0m "التعاون سيتواصل".');
    expect(out[9]).toBe('  \x1b[96mCITY\x1b[0m    موسكو\x1b[2m  name: \x1b[0mموسكو\x1b[2m  id: \x1b[0mcity:RU:moscow\x1b[2m  lexicon 14-19\x1b[0m');
    const article = renderPretty(ARTICLE, ARTICLE_ANALYSIS, { color: true });
    expect(article).toContain('رغم العقوبات \x1b[2;94mالأميركية\x1b[0m');
  });

  test('the article: sentences in logical order, unchanged, entities bracketed with their type', () => {
    const lines = renderPretty(ARTICLE, ARTICLE_ANALYSIS).split('\n');
    expect(lines[4]).toBe('   1  استمرار التعاون العسكري بين [أنقرة|CITY] و[موسكو|CITY] رغم العقوبات [الأميركية|COUNTRY/adj]');
    ARTICLE_ANALYSIS.sentences.forEach((sentence, i) => {
      const line = lines[4 + i]!;
      expect(line.startsWith(`  ${String(i + 1).padStart(2)}  `)).toBe(true);
      expect(line.slice(6).replace(/\[|\|[A-Z]+(?:\/adj)?\]/g, '')).toBe(sentence.text);
    });
    expect(lines).toContain(`Entities (${ARTICLE_ANALYSIS.entities.length})`);
    expect(lines).toContain('  1. indirect 193-281 · كلام منقول');
    expect(lines).toContain('     cue: أوضح (أوضح)  source: وكالة الأناضول (الأناضول)');
    expect(lines).toContain('     speaker: مولود جاويش أوغلو (carried: من جملة سابقة)  id: person:mevlut_cavusoglu');
  });

  test('control characters in the text cannot reach the terminal', () => {
    const text = 'قال \x1b]0;pwned\x07 \x1b[2J \x9b31m\x7f\tنعم\r\nلا';
    const out = renderPretty(text, analysisOf(text), { color: true });
    // Every ESC starts one of the renderer's colour sequences; without them, no control character but line breaks.
    const parts = out.split('\x1b');
    for (const part of parts.slice(1)) expect(part).toMatch(/^\[[0-9;]*m/);
    const rest = parts.map((part, i) => (i ? part.replace(/^\[[0-9;]*m/, '') : part)).join('');
    expect([...rest].filter((c) => c !== '\n' && (c < ' ' || (c >= '\u007f' && c <= '\u009f')))).toEqual([]);
    expect(out).toContain('قال ␛]0;pwned␇ ␛[2J \uFFFD31m␡ نعم  لا');
    expect(terminalSafe('a\u0000b')).toBe('a␀b');
  });

  test('without sentences, the non-empty lines; overlapping entities are marked once', () => {
    const text = 'أنقرة\n\nموسكو';
    const analysis = {
      ...analysisOf(text, {
        entities: [
          { start: 0, end: 5, type: 'CITY', id: 'city:TR:ankara', name: 'أنقرة', form: 'name', source: 'lexicon' },
          { start: 2, end: 4, type: 'CITY', id: 'x', name: 'x', form: 'name', source: 'rule' },
        ],
      }),
      sentences: [],
    };
    const lines = renderPretty(text, analysis).split('\n');
    expect(lines.slice(3, 6)).toEqual(['Sentences', '  1  [أنقرة|CITY]', '  2  موسكو']);
  });
});

describe('shaping and display order', () => {
  test('contextual forms, lam-alef ligatures, marks kept with their letter', () => {
    // أ isolated, ن initial, ق medial, ر final, ة isolated
    expect(shape('أنقرة').text).toBe('\uFE83\uFEE7\uFED8\uFEAE\uFE93');
    expect(shape('لا').text).toBe('\uFEFB');
    expect(shape('سلام').text).toBe('\uFEB3\uFEFC\uFEE1');
    // a mark between lam and alef: the ligature still forms and carries the mark
    expect(shape('لَا').text).toBe('\uFEFB\u064E');
    expect(shape('سلام').from).toEqual([0, 1, 3]);
  });

  test('right-to-left lines: the first logical letter at the right end, numbers and Latin in their own order', () => {
    expect(toVisual('أنقرة', 'auto').text).toBe('\uFE93\uFEAE\uFED8\uFEE7\uFE83');
    expect(toVisual('قال لافروف 2020', 'auto').text).toBe('2020 \uFED1\uFEED\uFEAE\uFED3\uFEFB \uFEDD\uFE8E\uFED7');
    const mixed = toVisual('وصلت إس-400 إلى أنقرة في 2020 عبر S-400.', 'auto').text;
    expect(mixed.at(-1)).toBe('\uFEED'); // و, the first letter, isolated, at the right end
    expect(mixed.startsWith('.S-400 ')).toBe(true);
    expect(mixed).toContain(' 2020 ');
    expect(mixed).toContain('400-\uFEB1\uFE87'); // إس-400: 400 keeps its order, left of إس
    expect(mixed).toContain('\uFE93\uFEAE\uFED8\uFEE7\uFE83'); // أنقرة
  });

  test('brackets mirrored, marks after their letter, surrogate pairs kept, bidi controls removed', () => {
    expect(toVisual('في (موسكو)', 'auto').text).toBe('(\uFEEE\uFEDC\uFEB3\uFEEE\uFEE3) \uFEF2\uFED3');
    expect(toVisual('بَ', 'auto').text).toBe('\uFE8F\u064E');
    expect(toVisual('سلام 😀', 'auto').text).toBe('😀 \uFEE1\uFEFC\uFEB3');
    expect(toVisual('\u202Eabc\u202C', 'ltr').text).toBe('cba');
  });

  test('left-to-right lines keep their frame; lines without right-to-left text are untouched', () => {
    expect(toVisual('name: أنقرة id', 'ltr').text).toBe('name: \uFE93\uFEAE\uFED8\uFEE7\uFE83 id');
    expect(toVisual('id: city:TR:ankara (x)', 'auto')).toEqual({ text: 'id: city:TR:ankara (x)', from: [...Array(22).keys()] });
  });

  test('the article with --shape: every Arabic letter shaped, every line in display order', () => {
    const lines = renderPretty(ARTICLE, ARTICLE_ANALYSIS, { shape: true }).split('\n');
    expect(lines.join('\n')).not.toMatch(UNSHAPED_LETTER);
    expect(lines.join('\n')).toMatch(PRESENTATION_FORM);
    // sentence 1 starts with استمرار: its alef (isolated) is the last character of the line
    expect(lines[4]!.startsWith('   1  [COUNTRY/adj|')).toBe(true);
    expect(lines[4]!.at(-1)).toBe('\uFE8D');
    expect(lines[4]).toContain('[CITY|\uFE93\uFEAE\uFED8\uFEE7\uFE83]');
    expect(lines).toContain('  CITY          \uFE93\uFEAE\uFED8\uFEE7\uFE83  name: \uFE93\uFEAE\uFED8\uFEE7\uFE83  id: city:TR:ankara  lexicon 28-33');
    expect(lines).toContain('  1. indirect 193-281 · \uFEDD\uFEEE\uFED8\uFEE8\uFEE3 \uFEE1\uFEFC\uFEDB');
  });

  test('--shape with colours: each coloured run is the shaped, reordered entity', () => {
    const out = renderPretty(SMALL, SMALL_ANALYSIS, { shape: true, color: true }).split('\n');
    expect(out[5]).toBe('  1  ."\uFEDE\uFEBB\uFE8D\uFEEE\uFE98\uFEF4\uFEB3 \uFEE5\uFEED\uFE8E\uFECC\uFE98\uFEDF\uFE8D" \x1b[96m\uFEEE\uFEDC\uFEB3\uFEEE\uFEE3\x1b[0m \uFEF2\uFED3 \x1b[95m\uFED1\uFEED\uFEAE\uFED3\uFEFB\x1b[0m \uFEDD\uFE8E\uFED7');
  });
});
