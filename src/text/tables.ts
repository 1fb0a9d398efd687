// Precompiled normalization tables: one per combination of options, built on first use.
// Every code unit maps to one action, so normalizing is one table read per character.

import { isDiacritic, isInvisible } from './chars.js';

/** Which normalization steps to apply. Every step defaults to `true`. */
export interface NormalizeOptions {
  /** Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) to base letters by NFKC. */
  presentationForms?: boolean;
  /** أ إ آ ٱ ٲ ٳ ٵ → ا */
  alef?: boolean;
  /** ؤ → و, ئ → ي (the lone ء stays) */
  hamza?: boolean;
  /** ة → ه */
  tehMarbuta?: boolean;
  /** ى → ي */
  alefMaqsura?: boolean;
  /** Removes harakat, tanwin, shadda, sukun, superscript alef and Quranic marks. */
  diacritics?: boolean;
  /** Removes ـ (U+0640). */
  tatweel?: boolean;
  /** ٠–٩ and ۰–۹ → 0–9; ٫ → `.`, ٬ → `,`, ٪ → `%` */
  digits?: boolean;
  /** ک → ك, ی ې ۍ → ي, ھ ۀ ە → ه */
  persianLetters?: boolean;
  /** Removes zero-width characters, bidi controls, U+061C, U+FEFF and the soft hyphen. */
  invisible?: boolean;
}

export const KEEP = 0;
export const REPLACE = 1;
export const DELETE = 2;
export const EXPAND = 3;
/** U+0653–U+0655: composes with the letter before it, else is kept or deleted (see `replacement`). */
export const COMPOSE = 4;

export interface NormalizeTable {
  /** The option mask this table was built for. */
  readonly mask: number;
  /** KEEP, REPLACE, DELETE or EXPAND for every code unit. */
  readonly action: Uint8Array;
  /** The replacement for REPLACE. */
  readonly replacement: Uint16Array;
  /** The replacement text for EXPAND (presentation forms that stand for several letters). */
  readonly expansion: ReadonlyMap<number, string>;
}

const OPTION_NAMES = [
  'presentationForms',
  'alef',
  'hamza',
  'tehMarbuta',
  'alefMaqsura',
  'diacritics',
  'tatweel',
  'digits',
  'persianLetters',
  'invisible',
] as const;

/** Every option on (the default). */
export const ALL_OPTIONS = (1 << OPTION_NAMES.length) - 1;

/** The options as a bit mask (bit i set when OPTION_NAMES[i] is on), for table lookup. */
export function optionMask(options?: NormalizeOptions): number {
  if (options === undefined) return ALL_OPTIONS;
  let mask = 0;
  for (let i = 0; i < OPTION_NAMES.length; i++) {
    if (options[OPTION_NAMES[i]] !== false) mask |= 1 << i;
  }
  return mask;
}

const BIT = Object.fromEntries(OPTION_NAMES.map((name, i) => [name, 1 << i])) as Record<(typeof OPTION_NAMES)[number], number>;
const has = (mask: number, name: (typeof OPTION_NAMES)[number]): boolean => (mask & BIT[name]) !== 0;

/** Canonical compositions of a letter with a following U+0653–U+0655 (the NFC pairs). */
export const COMPOSITIONS: ReadonlyMap<number, number> = new Map([
  [(0x0627 << 16) | 0x0653, 0x0622], // ا + madda → آ
  [(0x0627 << 16) | 0x0654, 0x0623], // ا + hamza above → أ
  [(0x0627 << 16) | 0x0655, 0x0625], // ا + hamza below → إ
  [(0x0648 << 16) | 0x0654, 0x0624], // و + hamza → ؤ
  [(0x064a << 16) | 0x0654, 0x0626], // ي + hamza → ئ
  [(0x06d5 << 16) | 0x0654, 0x06c0], // ە + hamza → ۀ
  [(0x06c1 << 16) | 0x0654, 0x06c2], // ہ + hamza → ۂ
  [(0x06d2 << 16) | 0x0654, 0x06d3], // ے + hamza → ۓ
]);

/** The single letter a code unit becomes under the mask's letter steps (not presentation forms). */
function mapLetter(c: number, mask: number): number {
  if (has(mask, 'alef') && (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671 || c === 0x0672 || c === 0x0673 || c === 0x0675)) return 0x0627;
  if (has(mask, 'hamza')) {
    if (c === 0x0624) return 0x0648;
    if (c === 0x0626) return 0x064a;
  }
  if (has(mask, 'tehMarbuta') && c === 0x0629) return 0x0647;
  if (has(mask, 'alefMaqsura') && c === 0x0649) return 0x064a;
  if (has(mask, 'digits')) {
    if (c >= 0x0660 && c <= 0x0669) return 0x30 + (c - 0x0660);
    if (c >= 0x06f0 && c <= 0x06f9) return 0x30 + (c - 0x06f0);
    if (c === 0x066b) return 0x2e; // ٫ decimal separator
    if (c === 0x066c) return 0x2c; // ٬ thousands separator
    if (c === 0x066a) return 0x25; // ٪
  }
  if (has(mask, 'persianLetters')) {
    if (c === 0x06a9) return 0x0643;
    if (c === 0x06cc || c === 0x06d0 || c === 0x06cd) return 0x064a;
    if (c === 0x06be || c === 0x06c0 || c === 0x06d5) return 0x0647;
  }
  return c;
}

function isDeleted(c: number, mask: number): boolean {
  return (
    (has(mask, 'diacritics') && isDiacritic(c)) ||
    (has(mask, 'tatweel') && c === 0x0640) ||
    (has(mask, 'invisible') && isInvisible(c))
  );
}

/** Applies the letter and deletion steps to a string (used for presentation-form expansions). */
function mapString(s: string, mask: number): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isDeleted(c, mask)) out += String.fromCharCode(mapLetter(c, mask));
  }
  return out;
}

const isPresentationForm = (c: number): boolean => (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);

// The only code points any step touches; everything else keeps the default KEEP.
const RANGES: [number, number][] = [
  [0x00ad, 0x00ad],
  [0x0600, 0x06ff],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
];

function buildTable(mask: number): NormalizeTable {
  const action = new Uint8Array(65536);
  const replacement = new Uint16Array(65536);
  const expansion = new Map<number, string>();
  for (const [from, to] of RANGES) {
    for (let c = from; c <= to; c++) {
      if (c >= 0x0653 && c <= 0x0655) {
        action[c] = COMPOSE;
        replacement[c] = isDeleted(c, mask) ? 0 : c; // 0: deleted when nothing to compose with
        continue;
      }
      let result: string | undefined;
      if (has(mask, 'presentationForms') && isPresentationForm(c) && c !== 0xfeff) {
        let nfkc = String.fromCharCode(c).normalize('NFKC');
        // Isolated harakat forms (U+FE70…) decompose to a space plus the mark; the space was never
        // in the text, so it is dropped.
        if (nfkc.length > 1 && nfkc.charCodeAt(0) === 0x20) nfkc = nfkc.slice(1);
        if (nfkc !== String.fromCharCode(c)) result = mapString(nfkc, mask);
      }
      if (result === undefined) {
        if (isDeleted(c, mask)) action[c] = DELETE;
        else {
          const mapped = mapLetter(c, mask);
          if (mapped !== c) {
            action[c] = REPLACE;
            replacement[c] = mapped;
          }
        }
      } else if (result.length === 0) action[c] = DELETE;
      else if (result.length === 1) {
        action[c] = REPLACE;
        replacement[c] = result.charCodeAt(0);
      } else {
        action[c] = EXPAND;
        expansion.set(c, result);
      }
    }
  }
  return { mask, action, replacement, expansion };
}

const tables = new Map<number, NormalizeTable>();

/** The table for these options (built once per distinct combination). */
export function normalizeTable(mask: number): NormalizeTable {
  let table = tables.get(mask);
  if (!table) {
    table = buildTable(mask);
    tables.set(mask, table);
  }
  return table;
}

/** The normalized form of a composed letter, e.g. أ under the default options is ا. */
export function composeAndMap(base: number, mark: number, table: NormalizeTable): number | undefined {
  const composed = COMPOSITIONS.get((base << 16) | mark);
  if (composed === undefined) return undefined;
  return table.action[composed] === REPLACE ? table.replacement[composed] : composed;
}
