// The heart of `analyze`, `corpus`: records in, [record, outcome] out, in input order, with a bounded
// number in flight. Records that failed while being read pass straight through.

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

export async function* runRecords<K extends EncoderName>(records: AsyncIterable<InputRecord>, options: RunOptions<K>): AsyncGenerator<[InputRecord, Outcome<Encoded[K]>]> {
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
