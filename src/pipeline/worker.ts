// A worker thread of the pool: compiles the lexicons once, then analyzes and encodes documents one at a
// time, answering each with its sequence number.

import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer, type Analyzer } from '../analyzer.js';
import { runWorkerJob } from './job.js';
import type { WorkerInit, WorkerMessage, WorkerRequest } from './messages.js';
import { documentError } from './outcome.js';

const port = parentPort;
if (!port) throw new Error('khabar: pipeline/worker.js runs as a worker thread only');
const init = workerData as WorkerInit;
const send = (message: WorkerMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

let analyzer: Analyzer | undefined;
try {
  analyzer = createAnalyzer(init.config);
} catch (error) {
  send({ type: 'fatal', error: documentError(error) });
}
if (analyzer) {
  const ready = analyzer;
  port.on('message', (request: WorkerRequest) => {
    const { outcome, transfer } = runWorkerJob(ready, init.encoder, init.analyzeOptions, request.task);
    send({ type: 'result', seq: request.seq, outcome }, transfer);
  });
  send({ type: 'ready' });
}
