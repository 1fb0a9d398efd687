// Language gate: which language a document is in, so a pipeline can route Persian or Urdu away from
// Arabic rules. franc does the statistics; letters that standard Arabic never uses decide the common
// case without it.

import { franc } from 'franc';
import { assertText } from '../errors.js';
import { ARABIC_LETTER, LETTER, charClasses } from '../text/chars.js';

const SAMPLE = 600; // letters looked at: enough for a stable guess, cheap on long documents

// Letters of Persian, Urdu, Pashto, Kurdish, Uyghur… that Arabic text does not use
// (پ چ ژ گ ک ی ۀ ھ ے ں ٹ ڈ ڑ ټ ځ څ ډ ړ ږ ښ ګ ڼ ې ۍ ۆ ۇ ۈ ۋ ە ڤ excluded: Arabic uses ڤ and ڨ for names).
const NON_ARABIC = new Set(
  [0x067e, 0x0686, 0x0698, 0x06af, 0x06a9, 0x06cc, 0x06c0, 0x06be, 0x06d2, 0x06ba, 0x0679, 0x0688, 0x0691, 0x067c, 0x0681, 0x0685, 0x0689, 0x0693, 0x0696, 0x069a, 0x06ab, 0x06bc, 0x06d0, 0x06cd, 0x06c6, 0x06c7, 0x06c8, 0x06cb, 0x06d5, 0x06b5, 0x06ce],
);

// The Arabic-script languages franc knows (plus Arabic itself).
const ARABIC_SCRIPT_LANGUAGES = ['arb', 'pes', 'prs', 'urd', 'pbu', 'skr', 'uig', 'ckb', 'zlm'];

/**
 * The language of a text as an ISO 639-3 code (`arb`, `pes`, `urd`, `eng`, …), or `und` when the text
 * is too short or has no letters.
 *
 * @example detectLanguage('قال الوزير إن المحادثات كانت مثمرة') // 'arb'
 */
export function detectLanguage(text: string): string {
  assertText(text, 'detectLanguage');
  const cls = charClasses();
  let arabic = 0;
  let other = 0;
  let nonArabicLetters = 0;
  let sampleEnd = text.length;
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = cls[c];
    if (k === ARABIC_LETTER) {
      arabic++;
      // every letter of NON_ARABIC lies above U+0678, past the letters of standard Arabic
      if (c > 0x0678 && NON_ARABIC.has(c)) nonArabicLetters++;
    } else if (k === LETTER) other++;
    if (++seen === SAMPLE * 2) {
      sampleEnd = i + 1;
      break;
    }
  }
  if (arabic + other < 10) return 'und';
  if (arabic >= other) {
    if (nonArabicLetters * 200 < arabic) return 'arb'; // under 0.5%: names like گوگل in Arabic copy
    return fold(franc(text.slice(0, Math.min(sampleEnd, SAMPLE * 2)), { only: ARABIC_SCRIPT_LANGUAGES, minLength: 10 }));
  }
  return fold(franc(text.slice(0, SAMPLE * 2), { minLength: 10 }));
}

/** franc's trigrams cannot tell Dari from Iranian Persian on news-length text: both are reported as `pes`. */
function fold(code: string): string {
  return code === 'prs' ? 'pes' : code;
}
