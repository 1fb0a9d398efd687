// The heart of `analyze`, `corpus`: records in, [record, outcome] out, in input order, with a bounded
// number in flight. Records that failed while being read pass straight through.

import { setFlagsFromString } from 'node:v8';
import type { AnalyzerConfig } from '../analyzer.js';
import type { Encoded, EncoderName } from '../pipeline/encoders.js';
import { inOrder } from '../pipeline/ordered.js';
import type { Outcome } from '../pipeline/outcome.js';
import { createRunner } from '../pipeline/runner.js';
import type { AnalyzeOptions } from '../types.js';
import type { InputRecord } from './input/records.js';
import { isStopping, onShutdown } from './lifecycle.js';

export interface RunOptions<K extends EncoderName> {
  workers: number;
  config: AnalyzerConfig;
  analyzeOptions: AnalyzeOptions;
  encoder: K;
}

/**
 * Several workers: V8 tiers code up later. Each worker compiles its own analyzer, and V8's optimizing
 * compiler, running beside the workers, keeps recompiling the large functions of the entity and quote
 * stages as new paths of them are met: about 4.4 s of a core over 2,500 SaudiNewsNet articles, which on a
 * small machine is taken from the other worker. With a budget 16 times V8's default, functions are
 * optimized on fuller type feedback: 107 compilations instead of 424, 1.0 s instead of 4.4 s, for a
 * main thread 4% slower (issue 13; the figures are in the README). One worker has a core to itself and
 * keeps V8's default. The command owns its process; the library never sets V8's flags.
 */
function tierUpLater(): void {
  setFlagsFromString('--interrupt-budget=1048576');
}

export async function* runRecords<K extends EncoderName>(records: AsyncIterable<InputRecord>, options: RunOptions<K>): AsyncGenerator<[InputRecord, Outcome<Encoded[K]>]> {
  if (options.workers > 1) tierUpLater(); // before the workers start: their isolates read it
  const runner = createRunner({ concurrency: options.workers, config: options.config, analyzeOptions: options.analyzeOptions, encoder: options.encoder });
  const unregister = onShutdown(() => runner.close());
  // enough read ahead to keep every worker busy while a long document holds the head back
  const window = options.workers > 1 ? 8 * options.workers : 1;
  const start = async (record: InputRecord): Promise<[InputRecord, Outcome<Encoded[K]>]> => {
    if (record.error) return [record, { kind: 'failed', id: record.id, error: record.error }];
    return [record, await runner.run({ id: record.id, text: record.text })];
  };
  try {
    for await (const item of inOrder(records, start, window)) {
      // after Ctrl-C or a closed pipe, the outcomes still arriving are the pool's goodbyes
      if (isStopping()) return;
      yield item;
    }
  } finally {
    unregister();
    await runner.close();
  }
}
