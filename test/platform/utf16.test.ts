// UTF-16 code units to strings: Node's decoder (Buffer) and the one for every other runtime (TextDecoder,
// or fromCharCode when there are surrogates) give exactly the same string, lone surrogates and a leading
// U+FEFF included, since offsets into the caller's text depend on it.
import { decodeUtf16 as elsewhere } from '../../src/platform/browser/utf16.js';
import { decodeUtf16 as node } from '../../src/platform/node/utf16.js';
import { normalizeWithOffsets } from '../../src/text/normalize.js';

const unitsOf = (text: string): Uint16Array => {
  const out = new Uint16Array(text.length + 10); // longer than the text: only `length` units count
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
};

const arabic = 'قال وزير الخارجية التركي مولود جاويش أوغلو في أنقرة إن صفقة إس-400 نهائية. ';

describe('decodeUtf16', () => {
  test.each<[string, string]>([
    ['empty', ''],
    ['short', 'أحمد'],
    ['64 units exactly', 'ب'.repeat(64)],
    ['long Arabic', arabic.repeat(40)],
    ['a leading byte order mark', '\uFEFF' + arabic.repeat(3)],
    ['lone surrogates', arabic.repeat(3) + '\uD800 منفرد \uDFFF' + arabic],
    ['surrogate pairs (emoji)', arabic.repeat(2) + '😀👍🏽' + arabic],
    ['a lone surrogate across fromCharCode chunks', 'ا'.repeat(8191) + '\uD83D' + 'ب'.repeat(9000)],
    ['NUL and controls', '\0\u0001\u200F\u202E' + arabic.repeat(2)],
  ])('%s: both give the input back', (_name, text) => {
    expect(node(unitsOf(text), text.length)).toBe(text);
    expect(elsewhere(unitsOf(text), text.length)).toBe(text);
  });

  test('a subarray with an offset into its buffer', () => {
    const whole = unitsOf('xx' + arabic.repeat(5));
    const part = whole.subarray(2);
    const length = arabic.length * 5;
    expect(elsewhere(part, length)).toBe(arabic.repeat(5));
    expect(node(part, length)).toBe(arabic.repeat(5));
  });

  test('normalizeWithOffsets keeps a lone surrogate in place (Node)', () => {
    const text = '\uD800' + 'أَحْمَدُ '.repeat(20);
    const { text: out, offsets } = normalizeWithOffsets(text);
    expect(out).toBe('\uD800' + 'احمد '.repeat(20));
    expect(offsets[0]).toBe(0);
    expect(offsets[1]).toBe(1);
  });
});
