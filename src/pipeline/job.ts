// One document through an analyzer and an encoder; the same code in this thread and in a worker.

import { analyzeCounted, type Analyzer } from '../analyzer.js';
import { documentStats } from '../cli/corpus-stats.js';
import type { AnalyzeOptions } from '../types.js';
import { ENCODERS, type Encoded, type EncoderName } from './encoders.js';
import { documentError, type Outcome, type Task } from './outcome.js';
import { packAnalysis } from './packed.js';

/**
 * runJob in a worker thread: the same outcome, except that an analysis with tokens comes packed
 * (packed.ts) with the buffers to move to the main thread, which unpacks it (pool.ts).
 */
export function runWorkerJob(analyzer: Analyzer, encoder: EncoderName, options: AnalyzeOptions, task: Task): { outcome: Outcome<unknown>; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  if (encoder === 'analysis' && options.tokens !== false) {
    try {
      const counted = analyzeCounted(analyzer, task.text, { ...options, tokens: false });
      if (counted) return { outcome: { kind: 'ok', id: task.id, value: packAnalysis(counted.analysis, counted.table, transfer) }, transfer };
    } catch (error) {
      return { outcome: { kind: 'failed', id: task.id, error: documentError(error) }, transfer };
    }
  }
  return { outcome: runJob(analyzer, encoder, options, task), transfer };
}

export function runJob<K extends EncoderName>(analyzer: Analyzer, encoder: K, options: AnalyzeOptions, task: Task): Outcome<Encoded[K]> {
  try {
    if (encoder === 'stats') {
      // the counts of the token table analyze made (no second tokenization), where the analyzer has them
      const counted = analyzeCounted(analyzer, task.text, options);
      if (counted) return { kind: 'ok', id: task.id, value: documentStats(counted.analysis, counted.tokens, counted.sentences) as Encoded[K] };
    }
    const analysis = analyzer.analyze(task.text, options);
    return { kind: 'ok', id: task.id, value: ENCODERS[encoder](task.id, analysis, task.text) };
  } catch (error) {
    return { kind: 'failed', id: task.id, error: documentError(error) };
  }
}
