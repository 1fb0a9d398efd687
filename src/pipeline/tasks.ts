// Turning documents into tasks and outcomes into results: shared by analyzeMany and the stream.

import { match } from 'ts-pattern';
import { KhabarError } from '../errors.js';
import type { Analysis } from '../types.js';
import { failed, type Outcome, type Task } from './outcome.js';
import type { Runner } from './runner.js';
import type { AnalyzeManyOptions, AnalyzeResult, DocumentInput } from './types.js';

/** The concurrency and read-ahead window of a run, checked. */
export function runShape(options: AnalyzeManyOptions): { concurrency: number; window: number } {
  const concurrency = options.concurrency ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new KhabarError('E_OPTION', `analyzeMany: concurrency must be a positive integer, got ${String(options.concurrency)}`);
  }
  const window = options.window ?? (concurrency > 1 ? 4 * concurrency : 1);
  if (!Number.isInteger(window) || window < 1) throw new KhabarError('E_OPTION', `analyzeMany: window must be a positive integer, got ${String(options.window)}`);
  return { concurrency, window };
}

/** A document as a task, or the error that keeps it from being one. */
export function toTask(doc: DocumentInput, index: number): Task | Outcome<never> {
  if (typeof doc === 'string') return { id: String(index), text: doc };
  if (doc === null || typeof doc !== 'object') return failed(String(index), 'E_NO_TEXT', `document ${index} is ${doc === null ? 'null' : typeof doc}, not a string or { id, text }`);
  const id = typeof doc.id === 'string' || typeof doc.id === 'number' ? String(doc.id) : String(index);
  if (typeof doc.text !== 'string') return failed(id, 'E_NO_TEXT', `document ${id} has no string text (text is ${doc.text === null ? 'null' : typeof doc.text})`);
  return { id, text: doc.text };
}

export function toResult(outcome: Outcome<Analysis>): AnalyzeResult {
  return match(outcome)
    .returnType<AnalyzeResult>()
    .with({ kind: 'ok' }, (o) => ({ id: o.id, analysis: o.value }))
    .with({ kind: 'failed' }, (o) => ({ id: o.id, error: o.error }))
    .exhaustive();
}

export function startTask(runner: Runner<Analysis>, doc: DocumentInput, index: number): Promise<Outcome<Analysis>> {
  const task = toTask(doc, index);
  return 'kind' in task ? Promise.resolve(task) : runner.run(task);
}
