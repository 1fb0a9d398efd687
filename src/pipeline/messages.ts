// The messages between the pool and its worker threads.

import type { AnalyzerConfig } from '../analyzer.js';
import type { AnalyzeOptions } from '../types.js';
import type { EncoderName } from './encoders.js';
import type { Outcome, Task } from './outcome.js';
import type { DocumentError } from './types.js';

/** What a worker is started with (its workerData). */
export interface WorkerInit {
  config: AnalyzerConfig;
  encoder: EncoderName;
  analyzeOptions: AnalyzeOptions;
}

export interface WorkerRequest {
  seq: number;
  task: Task;
}

export type WorkerMessage =
  | { type: 'ready' }
  /** The analyzer could not be built: no document can be analyzed. */
  | { type: 'fatal'; error: DocumentError }
  | { type: 'result'; seq: number; outcome: Outcome<unknown> };
