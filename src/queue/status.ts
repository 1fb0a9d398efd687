// The state of a queue: BullMQ's job counts, and the results khabar has stored.

import { openQueue, queueError, type QueueLocation } from './connection.js';
import { countRecords } from './scripts.js';

export interface QueueStatus {
  /** Documents submitted (each id once). */
  submitted: number;
  /** Results stored (analyses and error records). */
  results: number;
  /** Of those, error records. */
  errors: number;
  waiting: number;
  active: number;
  delayed: number;
  /** Completed jobs still kept by BullMQ (khabar's jobs are removed once their result is stored). */
  completed: number;
  /** Jobs in BullMQ's failed set. */
  failed: number;
}

/** Counts of a queue. */
export async function queueStatus(options: QueueLocation): Promise<QueueStatus> {
  const { queue, keys, lastError } = await openQueue(options);
  try {
    const client = await queue.client;
    const counts = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed', 'paused');
    const [submitted, results, errors] = await countRecords(client, keys);
    return {
      submitted,
      results,
      errors,
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0) + (counts.paused ?? 0),
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      completed: counts.completed ?? 0,
      failed: counts.failed ?? 0,
    };
  } catch (error) {
    throw queueError(`cannot read queue "${options.queue}" at ${options.redis}`, lastError() ?? error);
  } finally {
    await queue.close().catch(() => {});
  }
}
