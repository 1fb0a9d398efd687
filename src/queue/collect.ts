// Collecting results: every submitted document once, in submission order, as its JSONL record. A
// document whose job failed without storing a record (it stalled too often) gets an error record from
// the failed job; documents still waiting or running are left out and reported through onPending.

import type { KhabarErrorCode } from '../errors.js';
import { ERROR_CODES } from '../errors.js';
import type { AnalyzeResult } from '../pipeline/types.js';
import { jobIdOf, openQueue, queueError, type QueueLocation } from './connection.js';
import { errorJson } from './jobs.js';
import { fetchRecords } from './scripts.js';

export interface CollectOptions extends QueueLocation {
  /** Ids read per round trip (default 1000). */
  batchSize?: number;
  /** Called for each document that has no result yet, with its job's state. */
  onPending?: (id: string, state: string) => void;
}

/** The error record of a job that failed without storing one: its code from the failure reason. */
function failedRecord(id: string, reason: string | undefined): string {
  const code = /^(E_[A-Z_]+): /.exec(reason ?? '')?.[1];
  const known = code !== undefined && Object.hasOwn(ERROR_CODES, code);
  return errorJson(id, { code: known ? (code as KhabarErrorCode) : 'E_WORKER', message: known ? reason!.slice(code.length + 2) : `the job failed: ${reason ?? 'no reason given'}` });
}

/** A collected document: its JSONL record (without the line break) and whether it is an error. */
export interface CollectedRecord {
  id: string;
  line: string;
  failed: boolean;
}

/** Every stored result, in submission order. */
export async function* collectRecords(options: CollectOptions): AsyncGenerator<CollectedRecord, void, undefined> {
  const batchSize = options.batchSize ?? 1000;
  const { queue, keys, lastError } = await openQueue(options);
  try {
    const client = await queue.client.catch((error: unknown) => {
      throw queueError(`cannot connect to ${options.redis}`, lastError() ?? error);
    });
    for (let start = 0; ; start += batchSize) {
      let ids: string[];
      let records: [string | null, boolean][];
      try {
        ids = await client.zrange(keys.ids, start, start + batchSize - 1);
        if (ids.length === 0) break;
        records = await fetchRecords(client, keys, ids);
      } catch (error) {
        throw queueError(`cannot read the results of queue "${options.queue}" at ${options.redis}`, lastError() ?? error);
      }
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        const [line, failed] = records[i]!;
        if (line !== null) {
          yield { id, line, failed };
          continue;
        }
        const jobId = jobIdOf(id);
        const state = await queue.getJobState(jobId);
        if (state === 'failed') yield { id, line: failedRecord(id, (await queue.getJob(jobId))?.failedReason), failed: true };
        else options.onPending?.(id, state);
      }
    }
  } finally {
    await queue.close().catch(() => {});
  }
}

/** Every stored result as its JSONL line (without the line break), in submission order. */
export async function* collectLines(options: CollectOptions): AsyncGenerator<string, void, undefined> {
  for await (const record of collectRecords(options)) yield record.line;
}

/**
 * Every stored result, in submission order: `{ id, analysis }` or `{ id, error }`.
 *
 * @example
 * import { collectResults } from 'khabar/queue';
 * for await (const r of collectResults({ redis: 'redis://127.0.0.1:6379', queue: 'news' })) console.log(r.id);
 */
export async function* collectResults(options: CollectOptions): AsyncGenerator<AnalyzeResult, void, undefined> {
  for await (const line of collectLines(options)) yield JSON.parse(line) as AnalyzeResult;
}
