// The public shapes of the pipeline API: what goes in, what comes out, and how it runs.

import type { AnalyzerConfig } from '../analyzer.js';
import type { KhabarErrorCode } from '../errors.js';
import type { Analysis, AnalyzeOptions } from '../types.js';

/** A document for `analyzeMany`: its text, or `{ id, text }` (a missing id becomes its 0-based position). */
export type DocumentInput = string | { id?: string | number; text: unknown };

/** Why one document failed; the run goes on. */
export interface DocumentError {
  code: KhabarErrorCode;
  message: string;
}

/** One result per input document, in input order: its analysis, or its error. */
export type AnalyzeResult = { id: string; analysis: Analysis; error?: undefined } | { id: string; error: DocumentError; analysis?: undefined };

/** Options of `analyzeMany` and `createAnalyzeStream`: the analyzer's config, the per-document options,
 *  and how many threads run. */
export interface AnalyzeManyOptions extends AnalyzerConfig, AnalyzeOptions {
  /** Documents analyzed at once: 1 (default) runs in this thread; N > 1 starts N worker threads, each
   *  compiling the lexicons once. */
  concurrency?: number;
  /** Documents read ahead of the one being returned (default 4 × concurrency): bounds memory. */
  window?: number;
}
