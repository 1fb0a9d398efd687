// khabar/queue: corpus runs spread over many processes and machines, on Redis with BullMQ (an optional
// peer dependency, loaded on first use). Submit documents, run workers anywhere, collect the results in
// submission order.

export { submitDocuments } from './submit.js';
export type { SubmitOptions, SubmitReport } from './submit.js';
export { startQueueWorker } from './worker.js';
export type { QueueWorker, QueueWorkerEvent, QueueWorkerOptions } from './worker.js';
export { collectLines, collectResults } from './collect.js';
export type { CollectOptions } from './collect.js';
export { queueStatus } from './status.js';
export type { QueueStatus } from './status.js';
export type { QueueLocation } from './connection.js';
export type { JobData, QueueDocument } from './jobs.js';
