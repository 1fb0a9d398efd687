// A queue worker: one compiled analyzer per process, BullMQ jobs in, each result stored under its
// document id. Storing by id makes a retried job (after a worker died mid-job) overwrite the same
// field with the same record, so nothing is counted twice. Input errors fail the job at once
// (UnrecoverableError); anything else is retried up to the job's attempts, and the last failure is
// stored as the document's error record.

import { readFile } from 'node:fs/promises';
import { createAnalyzer, type AnalyzerConfig } from '../analyzer.js';
import { decodeUtf8 } from '../cli/input/utf8.js';
import { runJob } from '../pipeline/job.js';
import { failed, type Outcome } from '../pipeline/outcome.js';
import { analyzerConfig } from '../pipeline/runner.js';
import type { DocumentError } from '../pipeline/types.js';
import type { AnalyzeOptions } from '../types.js';
import { connectionOf, keysOf, loadBullmq, queueError, type QueueLocation } from './connection.js';
import { errorJson, type JobData } from './jobs.js';
import { storeRecord } from './scripts.js';

export interface QueueWorkerOptions extends QueueLocation, AnalyzerConfig, AnalyzeOptions {
  /** Jobs held at once (default 8). Analysis runs on this process's one analyzer, one document at a
   *  time; holding several jobs lets Redis round trips overlap analysis (on the SaudiNewsNet articles,
   *  8 runs about 1.5× faster than 1). Run one worker process per core. */
  concurrency?: number;
  /** How long a job stays locked to this worker without a renewal, in ms (default 30000). A worker
   *  that dies loses its jobs to another one after about this long. */
  lockDuration?: number;
  /** How often this worker looks for stalled jobs of dead workers, in ms (default 30000). */
  stalledInterval?: number;
  /** Times a job may stall before it fails (default 2). */
  maxStalledCount?: number;
  /** Told about what happens, for logs. */
  onEvent?: (event: QueueWorkerEvent) => void;
}

export type QueueWorkerEvent =
  | { type: 'completed'; id: string }
  | { type: 'failed'; id: string; error: DocumentError; final: boolean }
  | { type: 'stalled'; jobId: string }
  | { type: 'error'; message: string };

export interface QueueWorker {
  /** Documents analyzed (or failed for good) by this worker. */
  readonly processed: number;
  /** Stops taking jobs, lets the current ones finish, and disconnects. */
  close(): Promise<void>;
}

/** The text of a document queued by path (read where the worker runs). */
async function readDocument(path: string): Promise<{ text: string } | { error: DocumentError }> {
  try {
    const decoded = decodeUtf8(await readFile(path));
    return 'text' in decoded ? decoded : { error: { code: 'E_READ', message: `${path}: not valid UTF-8 (byte ${decoded.badByte})` } };
  } catch (error) {
    return { error: { code: 'E_READ', message: `${path}: cannot read (${(error as Error).message})` } };
  }
}

/**
 * Starts a worker on a queue; it runs until `close()`.
 *
 * @example
 * import { startQueueWorker } from 'khabar/queue';
 * const worker = await startQueueWorker({ redis: 'redis://127.0.0.1:6379', queue: 'news', concurrency: 2 });
 * process.on('SIGTERM', () => worker.close());
 */
export async function startQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  const connection = connectionOf(options, true);
  const { Worker, UnrecoverableError } = await loadBullmq();
  const analyzer = createAnalyzer(analyzerConfig(options));
  const analyzeOptions: AnalyzeOptions = { tokens: options.tokens, sentences: options.sentences };
  const keys = keysOf(options.queue);
  const emit = options.onEvent ?? (() => {});
  let processed = 0;

  const worker = new Worker(
    options.queue,
    async (job) => {
      const data = job.data as JobData;
      const client = await worker.client;
      const store = async (outcome: Outcome<string>): Promise<void> => {
        if (outcome.kind === 'ok') {
          await storeRecord(client, keys, outcome.id, outcome.value, false);
          processed++;
          emit({ type: 'completed', id: outcome.id });
          return;
        }
        // a bug (E_WORKER) may be passing; the document's own errors are not
        const final = outcome.error.code !== 'E_WORKER' || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
        emit({ type: 'failed', id: outcome.id, error: outcome.error, final });
        if (!final) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
        await storeRecord(client, keys, outcome.id, errorJson(outcome.id, outcome.error), true);
        processed++;
        throw new UnrecoverableError(`${outcome.error.code}: ${outcome.error.message}`);
      };
      if (typeof data?.id !== 'string') throw new UnrecoverableError('E_NO_TEXT: the job has no document id');
      if ('error' in data) return store(failed(data.id, data.error.code, data.error.message));
      const read = 'path' in data ? await readDocument(data.path) : { text: data.text as unknown };
      if ('error' in read) return store(failed(data.id, read.error.code, read.error.message));
      const text = read.text;
      // job data comes from Redis: check it as input
      if (typeof text !== 'string') return store(failed(data.id, 'E_NO_TEXT', `document ${data.id} has no string text`));
      return store(runJob(analyzer, 'record', analyzeOptions, { id: data.id, text }));
    },
    {
      connection,
      concurrency: options.concurrency ?? 8,
      lockDuration: options.lockDuration ?? 30000,
      stalledInterval: options.stalledInterval ?? 30000,
      maxStalledCount: options.maxStalledCount ?? 2,
      autorun: false,
    },
  );
  worker.on('error', (error) => emit({ type: 'error', message: error.message }));
  worker.on('stalled', (jobId) => emit({ type: 'stalled', jobId }));
  try {
    await worker.waitUntilReady();
  } catch (error) {
    await worker.close(true).catch(() => {});
    throw queueError(`cannot connect to ${options.redis}`, error);
  }
  const running = worker.run().catch((error: unknown) => emit({ type: 'error', message: (error as Error).message }));
  return {
    get processed() {
      return processed;
    },
    async close() {
      await worker.close();
      await running;
    },
  };
}

