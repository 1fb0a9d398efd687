// What one document gives inside the pipeline: a value (an analysis, or a line already encoded), or an error.

import { KhabarError, type KhabarErrorCode } from '../errors.js';
import type { DocumentError } from './types.js';

/** A document's text, with the id it is reported under. */
export interface Task {
  id: string;
  text: string;
}

export type Outcome<T> = { kind: 'ok'; id: string; value: T } | { kind: 'failed'; id: string; error: DocumentError };

export function failed<T>(id: string, code: KhabarErrorCode, message: string): Outcome<T> {
  return { kind: 'failed', id, error: { code, message } };
}

/** The error record of anything analyze threw: khabar's own errors keep their code; a wrong type is
 *  E_NO_TEXT; anything else is a bug, reported as E_WORKER rather than stopping the run. */
export function documentError(error: unknown): DocumentError {
  if (error instanceof KhabarError) return { code: error.code, message: error.message };
  if (error instanceof TypeError) return { code: 'E_NO_TEXT', message: error.message };
  return { code: 'E_WORKER', message: `analysis failed: ${error instanceof Error ? error.message : String(error)}` };
}
