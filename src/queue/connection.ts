// Reaching Redis and BullMQ: bullmq is an optional peer dependency, loaded only when a queue is used,
// so library users who never use one never load (or install) it.

import { createHash } from 'node:crypto';
import { KhabarError } from '../errors.js';

export type BullMQ = typeof import('bullmq');

let loaded: Promise<BullMQ> | undefined;

/** Loads bullmq, or fails with E_QUEUE saying how to install it. */
export function loadBullmq(): Promise<BullMQ> {
  loaded ??= import('bullmq').catch((error: unknown) => {
    loaded = undefined;
    const missing = (error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' || (error as { code?: string }).code === 'MODULE_NOT_FOUND';
    throw new KhabarError('E_QUEUE', missing ? 'khabar/queue needs bullmq, an optional peer dependency: npm install bullmq' : `cannot load bullmq (${(error as Error).message})`, { cause: error });
  });
  return loaded;
}

/** Where the queue is: a Redis URL and a queue name. */
export interface QueueLocation {
  /** `redis://[user:password@]host:port[/db]`, or `rediss://` for TLS. */
  redis: string;
  /** The queue's name (no colon). */
  queue: string;
}

export interface RedisConnection {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db?: number;
  tls?: Record<string, never>;
  maxRetriesPerRequest: number | null;
  retryStrategy?: (times: number) => number | null;
  enableOfflineQueue?: boolean;
}

/** BullMQ connection options from a Redis URL. `persistent` connections (workers) retry forever;
 *  short commands give up after a few tries, so a wrong address fails instead of hanging. */
export function connectionOf(location: QueueLocation, persistent: boolean): RedisConnection {
  let url: URL;
  try {
    url = new URL(location.redis);
  } catch {
    throw new KhabarError('E_QUEUE', `not a Redis URL: "${location.redis}" (expected redis://host:port)`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new KhabarError('E_QUEUE', `not a Redis URL: "${location.redis}" (expected redis://host:port)`);
  if (!location.queue || location.queue.includes(':')) throw new KhabarError('E_QUEUE', `a queue name is required and cannot contain ":" (got "${location.queue}")`);
  const connection: RedisConnection = {
    host: url.hostname || '127.0.0.1',
    port: url.port ? Number(url.port) : 6379,
    maxRetriesPerRequest: persistent ? null : 1,
  };
  if (url.username) connection.username = decodeURIComponent(url.username);
  if (url.password) connection.password = decodeURIComponent(url.password);
  if (url.pathname.length > 1) connection.db = Number(url.pathname.slice(1));
  if (url.protocol === 'rediss:') connection.tls = {};
  if (!persistent) {
    connection.retryStrategy = (times) => (times > 3 ? null : 100 * times);
    connection.enableOfflineQueue = true;
  }
  return connection;
}

/** The Redis keys khabar keeps beside BullMQ's own. */
export function keysOf(queue: string) {
  const prefix = `khabar:${queue}`;
  return {
    /** Sorted set: document id → submission sequence number (the order of collect). */
    ids: `${prefix}:ids`,
    /** Counter of submission sequence numbers. */
    seq: `${prefix}:seq`,
    /** Hash: document id → its JSONL record, {"id","analysis"} or {"id","error"}. */
    results: `${prefix}:results`,
    /** Set: the ids whose record is an error. */
    errors: `${prefix}:errors`,
  };
}

/** The BullMQ job id of a document: one per document id, so the same document is never queued twice
 *  at once. (Job ids cannot contain ":" or be integers, and document ids are often URLs.) */
export function jobIdOf(documentId: string): string {
  return 'k' + createHash('sha1').update(documentId).digest('hex');
}

/** A short-lived queue for one command (submit, status, collect), with khabar's keys and the last
 *  connection error BullMQ reported, which explains a failure better than the command's own error. */
export async function openQueue(location: QueueLocation) {
  const connection = connectionOf(location, false);
  const { Queue } = await loadBullmq();
  const queue = new Queue(location.queue, { connection });
  let lastError: unknown;
  queue.on('error', (error) => (lastError = error));
  return { queue, keys: keysOf(location.queue), lastError: (): unknown => lastError };
}

export function queueError(what: string, error: unknown): KhabarError {
  if (error instanceof KhabarError) return error;
  return new KhabarError('E_QUEUE', `${what}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}
