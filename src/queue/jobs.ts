// What a job carries: one document, by its text or by a path the workers can read; or the error its
// record had when it was read, so that it lands in the failed set with that code.

import type { DocumentError } from '../pipeline/types.js';

export type JobData = { id: string; text: string } | { id: string; path: string } | { id: string; error: DocumentError };

/** A document to submit: a string, `{ id, text }`, `{ id, path }` (read by the worker), or a record that
 *  already failed. */
export type QueueDocument = string | JobData;

/** The JSON of an error record. */
export const errorJson = (id: string, error: DocumentError): string => JSON.stringify({ id, error: { code: error.code, message: error.message } });
