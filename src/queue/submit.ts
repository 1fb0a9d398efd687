// Submitting documents: one BullMQ job per document, added in batches. Each id is registered in
// submission order (the order collect follows) once; a document whose result is already stored is not
// queued again, and one already waiting is not queued twice (its job id comes from its document id).

import { KhabarError } from '../errors.js';
import { asyncIterator } from '../pipeline/ordered.js';
import { jobIdOf, openQueue, queueError, type QueueLocation } from './connection.js';
import type { JobData, QueueDocument } from './jobs.js';
import { registerIds } from './scripts.js';

export interface SubmitOptions extends QueueLocation {
  /** Jobs added per round trip (default 500). */
  batchSize?: number;
  /** Tries per document before it lands in the failed set (default 3). Input errors are not retried. */
  attempts?: number;
  /** Called after every batch. */
  onProgress?: (progress: SubmitReport) => void;
}

export interface SubmitReport {
  /** Documents queued by this call. */
  submitted: number;
  /** Documents not queued because their result is already stored. */
  skipped: number;
}

function toJobData(doc: QueueDocument, index: number): JobData {
  if (typeof doc === 'string') return { id: String(index), text: doc };
  if (doc === null || typeof doc !== 'object' || typeof doc.id !== 'string') {
    return { id: String(index), error: { code: 'E_NO_TEXT', message: `document ${index} is not a string or { id, text }` } };
  }
  return doc;
}

/**
 * Queues documents for `khabar queue worker` processes, in batches; returns how many were queued.
 *
 * @example
 * import { submitDocuments } from 'khabar/queue';
 * await submitDocuments([{ id: 'a', text: 'قال لافروف في موسكو' }], { redis: 'redis://127.0.0.1:6379', queue: 'news' });
 */
export async function submitDocuments(docs: Iterable<QueueDocument> | AsyncIterable<QueueDocument>, options: SubmitOptions): Promise<SubmitReport> {
  const batchSize = options.batchSize ?? 500;
  const attempts = options.attempts ?? 3;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new KhabarError('E_OPTION', `submitDocuments: batchSize must be a positive integer, got ${batchSize}`);
  if (!Number.isInteger(attempts) || attempts < 1) throw new KhabarError('E_OPTION', `submitDocuments: attempts must be a positive integer, got ${attempts}`);
  const { queue, keys, lastError } = await openQueue(options);
  const report: SubmitReport = { submitted: 0, skipped: 0 };
  const jobOptions = { attempts, backoff: { type: 'exponential', delay: 500 }, removeOnComplete: true, removeOnFail: false };
  try {
    const client = await queue.client;
    const send = async (batch: JobData[]): Promise<void> => {
      const needed = await registerIds(client, keys, batch.map((d) => d.id));
      const jobs = batch.filter((_, i) => needed[i]).map((data) => ({ name: 'analyze', data, opts: { ...jobOptions, jobId: jobIdOf(data.id) } }));
      if (jobs.length > 0) await queue.addBulk(jobs);
      report.submitted += jobs.length;
      report.skipped += batch.length - jobs.length;
      options.onProgress?.({ ...report });
    };
    const it = asyncIterator(docs);
    let batch: JobData[] = [];
    let index = 0;
    for (let step = await it.next(); !step.done; step = await it.next()) {
      batch.push(toJobData(step.value, index++));
      if (batch.length >= batchSize) {
        await send(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await send(batch);
  } catch (error) {
    throw queueError(`cannot submit to ${options.redis} queue "${options.queue}"`, lastError() ?? error);
  } finally {
    await queue.close().catch(() => {});
  }
  return report;
}
