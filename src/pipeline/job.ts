// One document through an analyzer and an encoder; the same code in this thread and in a worker.

import type { Analyzer } from '../analyzer.js';
import type { AnalyzeOptions } from '../types.js';
import { ENCODERS, type Encoded, type EncoderName } from './encoders.js';
import { documentError, type Outcome, type Task } from './outcome.js';

export function runJob<K extends EncoderName>(analyzer: Analyzer, encoder: K, options: AnalyzeOptions, task: Task): Outcome<Encoded[K]> {
  try {
    const analysis = analyzer.analyze(task.text, options);
    return { kind: 'ok', id: task.id, value: ENCODERS[encoder](task.id, analysis, task.text) };
  } catch (error) {
    return { kind: 'failed', id: task.id, error: documentError(error) };
  }
}
