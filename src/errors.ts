// Every error khabar throws on purpose, with a stable code a pipeline can branch on.

/** The codes of `KhabarError`, stable across versions. */
export const ERROR_CODES = {
  /** The input is longer than the analyzer's `maxInputLength`. */
  E_INPUT_TOO_LARGE: 'E_INPUT_TOO_LARGE',
  /** A lexicon file or entry is malformed (the message names the file, line and field). */
  E_LEXICON: 'E_LEXICON',
  /** An option has a value of the wrong type or out of range. */
  E_OPTION: 'E_OPTION',
  /** A record in a JSONL input is not valid JSON. */
  E_JSON: 'E_JSON',
  /** A record in a JSONL input has no string text in the named field. */
  E_NO_TEXT: 'E_NO_TEXT',
  /** A file could not be read (missing, a directory, not UTF-8 …). */
  E_READ: 'E_READ',
  /** Output could not be written (full disk, closed pipe …). */
  E_WRITE: 'E_WRITE',
  /** A worker thread failed. */
  E_WORKER: 'E_WORKER',
  /** A gold file for evaluation is malformed. */
  E_GOLD: 'E_GOLD',
  /** The queue (Redis/BullMQ) could not be used. */
  E_QUEUE: 'E_QUEUE',
} as const;

export type KhabarErrorCode = keyof typeof ERROR_CODES;

/** An error raised by khabar itself; `code` is one of `ERROR_CODES`. */
export class KhabarError extends Error {
  readonly code: KhabarErrorCode;
  constructor(code: KhabarErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KhabarError';
    this.code = code;
  }
}

/** Throws a TypeError unless `value` is a string: khabar never guesses what a Buffer or number meant. */
export function assertText(value: unknown, fn: string): asserts value is string {
  if (typeof value !== 'string') {
    // bytes: a Uint8Array, or Node's Buffer (one too), found without the global Buffer, which browsers lack
    const bytes = value instanceof Uint8Array ? value.constructor.name : '';
    const what = value === null ? 'null' : bytes ? `a ${bytes}` : Array.isArray(value) ? 'an array' : typeof value;
    throw new TypeError(`khabar.${fn}: expected a string, got ${what}${bytes ? ' (decode it first, e.g. new TextDecoder().decode(bytes))' : ''}`);
  }
}
