// The input of `khabar analyze` and `khabar corpus` as a stream of records, one per document: a text
// file is one document; a JSONL file one per line; a JSON array file (SaudiNewsNet's layout) one per
// element. Whatever goes wrong with one record or one file becomes that record's error, and reading
// goes on with the next.

import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { KhabarErrorCode } from '../../errors.js';
import type { DocumentError } from '../../pipeline/types.js';
import { splitLines } from './lines.js';
import { decodeUtf8 } from './utf8.js';

export type InputFormat = 'auto' | 'text' | 'jsonl' | 'json';

/** One document to analyze, or why it cannot be. */
export type InputRecord =
  | { id: string; text: string; bytes: number; error?: undefined; /** The file, for a text file's one document. */ path?: string }
  | { id: string; error: DocumentError; bytes: number; text?: undefined; path?: undefined };

export interface ReadOptions {
  format: InputFormat;
  /** The text field of JSON records; by default `text`, else `content` (SaudiNewsNet). */
  field?: string;
  /** The analyzer's limit in UTF-16 code units: bigger inputs are refused before they are held. */
  maxInputLength: number;
  /** Prefix default ids with `file:` even for one input (ids that must stay unique across runs). */
  alwaysPrefixIds?: boolean;
}

const STDIN = '-';
// A JSON array file is parsed whole; V8 strings stop near 512 MB anyway.
const MAX_JSON_FILE_BYTES = 512 * 1024 * 1024;

/** A file's input format: as asked, or by its extension (stdin is text unless told). */
export function formatOf(path: string, format: InputFormat): Exclude<InputFormat, 'auto'> {
  if (format !== 'auto') return format;
  const lower = path.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.json')) return 'json';
  return 'text';
}

const failure = (id: string, code: KhabarErrorCode, message: string, bytes = 0): InputRecord => ({ id, error: { code, message }, bytes });

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** Checks that a path names a readable regular file (or stdin); returns its size, or the error record. */
async function openable(path: string): Promise<{ size: number } | InputRecord> {
  if (path === STDIN) return { size: 0 };
  try {
    const info = await stat(path);
    if (info.isDirectory()) return failure(path, 'E_READ', `${path}: is a directory, not a file`);
    return { size: info.size };
  } catch (error) {
    return failure(path, 'E_READ', `${path}: cannot read (${describe(error)})`);
  }
}

function chunksOf(path: string): AsyncIterable<Buffer> {
  return path === STDIN ? (process.stdin as AsyncIterable<Buffer>) : createReadStream(path);
}

/** Reads a whole input up to `limit` bytes; past it, stops holding bytes and reports the size. */
async function readBounded(path: string, limit: number): Promise<{ bytes: Buffer } | { over: number }> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunksOf(path)) {
    size += chunk.length;
    if (size <= limit) parts.push(chunk);
    else parts.length = 0;
  }
  return size <= limit ? { bytes: Buffer.concat(parts, size) } : { over: size };
}

/** The id and text of a parsed JSON record. */
function fromValue(value: unknown, fallbackId: string, where: string, options: ReadOptions, bytes: number): InputRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return failure(fallbackId, 'E_NO_TEXT', `${where}: the record is ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}, not an object with a text field`, bytes);
  }
  const record = value as Record<string, unknown>;
  const rawId = Object.hasOwn(record, 'id') ? record.id : Object.hasOwn(record, 'url') ? record.url : undefined;
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : fallbackId;
  const field = options.field ?? (!Object.hasOwn(record, 'text') && Object.hasOwn(record, 'content') ? 'content' : 'text');
  const text = Object.hasOwn(record, field) ? record[field] : undefined;
  if (typeof text !== 'string') {
    const what = text === undefined ? 'no field' : text === null ? 'null in field' : `${Array.isArray(text) ? 'an array' : `a ${typeof text}`} in field`;
    return failure(id, 'E_NO_TEXT', `${where}: the record has ${what} "${field}", not a string`, bytes);
  }
  return { id, text, bytes };
}

async function* textRecords(path: string, options: ReadOptions): AsyncGenerator<InputRecord> {
  const id = path === STDIN ? 'stdin' : path;
  const name = path === STDIN ? 'stdin' : path;
  const opened = await openable(path);
  if ('id' in opened) return yield opened;
  // UTF-8 takes at least one byte per UTF-16 code unit and at most three: a file of more than three
  // bytes per allowed unit is too long whatever it holds, and is not read.
  const limit = 3 * options.maxInputLength;
  if (opened.size > limit) return yield failure(id, 'E_INPUT_TOO_LARGE', `${name}: ${opened.size} bytes is over the input limit of ${options.maxInputLength} characters`, opened.size);
  let read: Awaited<ReturnType<typeof readBounded>>;
  try {
    read = await readBounded(path, limit);
  } catch (error) {
    return yield failure(id, 'E_READ', `${name}: cannot read (${describe(error)})`);
  }
  if ('over' in read) return yield failure(id, 'E_INPUT_TOO_LARGE', `${name}: ${read.over} bytes is over the input limit of ${options.maxInputLength} characters`, read.over);
  const decoded = decodeUtf8(read.bytes);
  if ('badByte' in decoded) return yield failure(id, 'E_READ', `${name}: not valid UTF-8 (byte ${decoded.badByte})`, read.bytes.length);
  if (decoded.text.trim() === '') return yield failure(id, 'E_NO_TEXT', `${name}: the file is empty`, read.bytes.length);
  yield { id, text: decoded.text, bytes: read.bytes.length, ...(path === STDIN ? {} : { path }) };
}

async function* jsonlRecords(path: string, options: ReadOptions, prefix: string): AsyncGenerator<InputRecord> {
  const name = path === STDIN ? 'stdin' : path;
  const opened = await openable(path);
  if ('id' in opened) return yield opened;
  // a JSON string may spell a code unit in up to six bytes (\uXXXX)
  const maxLine = 6 * options.maxInputLength + 64 * 1024;
  let records = 0;
  try {
    for await (const line of splitLines(chunksOf(path), maxLine)) {
      const id = `${prefix}${line.number}`;
      const where = `${name}:${line.number}`;
      if (line.bytes === null) {
        records++;
        yield failure(id, 'E_INPUT_TOO_LARGE', `${where}: a line of ${line.size} bytes is over the input limit of ${options.maxInputLength} characters`, line.size);
        continue;
      }
      const decoded = decodeUtf8(line.bytes);
      if ('badByte' in decoded) {
        records++;
        yield failure(id, 'E_READ', `${where}: not valid UTF-8 (byte ${decoded.badByte} of the line)`, line.size);
        continue;
      }
      if (decoded.text.trim() === '') continue; // blank lines are not records
      records++;
      let value: unknown;
      try {
        value = JSON.parse(decoded.text);
      } catch (error) {
        yield failure(id, 'E_JSON', `${where}: not valid JSON (${(error as Error).message})`, line.size);
        continue;
      }
      yield fromValue(value, id, where, options, line.size);
    }
  } catch (error) {
    return yield failure(path === STDIN ? 'stdin' : path, 'E_READ', `${name}: cannot read (${describe(error)})`);
  }
  // an empty file named on the command line is a mistake; an empty stream on stdin is an empty batch
  // (a Hadoop or Spark partition with no records) and gives no output
  if (records === 0 && path !== STDIN) yield failure(path, 'E_NO_TEXT', `${name}: no records (the input is empty)`);
}

async function* jsonArrayRecords(path: string, options: ReadOptions, prefix: string): AsyncGenerator<InputRecord> {
  const id = path === STDIN ? 'stdin' : path;
  const name = id;
  const opened = await openable(path);
  if ('id' in opened) return yield opened;
  if (opened.size > MAX_JSON_FILE_BYTES) return yield failure(id, 'E_INPUT_TOO_LARGE', `${name}: a JSON file of ${opened.size} bytes is too large to parse whole; use JSONL`, opened.size);
  let bytes: Buffer;
  try {
    if (path === STDIN) {
      const read = await readBounded(path, MAX_JSON_FILE_BYTES);
      if ('over' in read) return yield failure(id, 'E_INPUT_TOO_LARGE', `${name}: JSON input of ${read.over} bytes is too large to parse whole; use JSONL`, read.over);
      bytes = read.bytes;
    } else bytes = await readFile(path);
  } catch (error) {
    return yield failure(id, 'E_READ', `${name}: cannot read (${describe(error)})`);
  }
  const decoded = decodeUtf8(bytes);
  if ('badByte' in decoded) return yield failure(id, 'E_READ', `${name}: not valid UTF-8 (byte ${decoded.badByte})`, bytes.length);
  if (decoded.text.trim() === '') return yield failure(id, 'E_NO_TEXT', `${name}: the file is empty`, bytes.length);
  let values: unknown;
  try {
    values = JSON.parse(decoded.text);
  } catch (error) {
    return yield failure(id, 'E_JSON', `${name}: not valid JSON (${(error as Error).message})`, bytes.length);
  }
  if (!Array.isArray(values)) return yield failure(id, 'E_JSON', `${name}: expected a JSON array of records`, bytes.length);
  for (let index = 0; index < values.length; index++) {
    const value: unknown = values[index];
    const record = fromValue(value, `${prefix}${index}`, `${name}[${index}]`, options, 0);
    record.bytes = record.text === undefined ? 0 : Buffer.byteLength(record.text);
    values[index] = undefined; // let the parsed article go once it is handed on
    yield record;
  }
}

/** All records of all inputs, in order. An id defaults to the line number (JSONL) or the index (JSON
 *  array), prefixed with `file:` when there are several inputs; a text file's id is its path. */
export async function* readRecords(paths: readonly string[], options: ReadOptions): AsyncGenerator<InputRecord> {
  const inputs = paths.length > 0 ? paths : [STDIN];
  for (const path of inputs) {
    const prefix = inputs.length > 1 || options.alwaysPrefixIds ? `${path === STDIN ? 'stdin' : path}:` : '';
    const format = formatOf(path, path === STDIN && options.format === 'auto' ? 'text' : options.format);
    if (format === 'text') yield* textRecords(path, options);
    else if (format === 'jsonl') yield* jsonlRecords(path, options, prefix);
    else yield* jsonArrayRecords(path, options, prefix);
  }
}

/** The total size of the inputs in bytes, when every one is a regular file (for the progress ETA). */
export async function totalBytes(paths: readonly string[]): Promise<number | null> {
  if (paths.length === 0 || paths.includes(STDIN)) return null;
  let total = 0;
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (!info.isFile()) return null;
      total += info.size;
    } catch {
      return null;
    }
  }
  return total;
}
