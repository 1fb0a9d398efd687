// A runner analyzes tasks: in this thread, or on a pool of worker threads. Both give the same outcomes.

import { createAnalyzer, type Analyzer, type AnalyzerConfig } from '../analyzer.js';
import type { AnalyzeOptions } from '../types.js';
import { analyzeOptionsFor, type Encoded, type EncoderName } from './encoders.js';
import { runJob } from './job.js';
import type { Outcome, Task } from './outcome.js';
import { WorkerPool } from './pool.js';

export interface Runner<T> {
  /** Analyzes one task. Resolves with its outcome; rejects only when the runner itself cannot work
   *  (the analyzer cannot be built from its config). */
  run(task: Task): Promise<Outcome<T>>;
  /** Stops the runner (terminates its workers). Outcomes not yet given are dropped. */
  close(): Promise<void>;
}

export interface RunnerOptions<K extends EncoderName> {
  /** 1 runs in this thread; more starts that many worker threads. */
  concurrency: number;
  config: AnalyzerConfig;
  analyzeOptions: AnalyzeOptions;
  encoder: K;
}

/** The analyzer config fields, picked out of a larger options object (so they can cross to a worker). */
export function analyzerConfig(options: AnalyzerConfig): AnalyzerConfig {
  const config: AnalyzerConfig = {};
  if (options.maxInputLength !== undefined) config.maxInputLength = options.maxInputLength;
  if (options.lexicons !== undefined) config.lexicons = options.lexicons;
  if (options.defaultLexicons !== undefined) config.defaultLexicons = options.defaultLexicons;
  if (options.tagger !== undefined) config.tagger = options.tagger;
  return config;
}

// Built once per process for runs with the default config: lexicons take a few hundred ms to compile.
let defaultAnalyzer: Analyzer | undefined;

function localAnalyzer(config: AnalyzerConfig): Analyzer {
  if (Object.keys(config).length > 0) return createAnalyzer(config);
  return (defaultAnalyzer ??= createAnalyzer());
}

export function createRunner<K extends EncoderName>(options: RunnerOptions<K>): Runner<Encoded[K]> {
  const analyzeOptions = analyzeOptionsFor(options.encoder, options.analyzeOptions);
  if (options.concurrency > 1) {
    return new WorkerPool<Encoded[K]>(options.concurrency, { config: options.config, encoder: options.encoder, analyzeOptions });
  }
  const analyzer = localAnalyzer(options.config);
  return {
    run: (task) => Promise.resolve(runJob(analyzer, options.encoder, analyzeOptions, task)),
    close: () => Promise.resolve(),
  };
}
