// createAnalyzeStream: analyzeMany as an object-mode Transform, for stream pipelines.

import { Transform, type TransformCallback } from 'node:stream';
import type { Analysis } from '../types.js';
import { runShape, startTask, toResult } from './tasks.js';
import type { Outcome } from './outcome.js';
import { analyzerConfig, createRunner, type Runner } from './runner.js';
import type { AnalyzeManyOptions, AnalyzeResult, DocumentInput } from './types.js';

/** The stream of `createAnalyzeStream`: a Node `stream.Transform` in object mode at run time. Its type
 *  lists what khabar adds, so khabar's declarations need no Node types; with `@types/node`, use it as a
 *  `Transform` (`createAnalyzeStream() as unknown as Transform`) where a Node stream type is expected. */
export interface AnalyzeStream extends AsyncIterable<AnalyzeResult> {
  write(doc: DocumentInput, callback?: (error?: Error | null) => void): boolean;
  end(callback?: () => void): this;
  end(doc: DocumentInput, callback?: () => void): this;
  read(): AnalyzeResult | null;
  pipe<W>(destination: W, options?: { end?: boolean }): W;
  on(event: 'data', listener: (result: AnalyzeResult) => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
  on(event: 'end' | 'finish' | 'close' | 'drain', listener: () => void): this;
  once(event: 'data', listener: (result: AnalyzeResult) => void): this;
  once(event: 'error', listener: (error: Error) => void): this;
  once(event: 'end' | 'finish' | 'close' | 'drain', listener: () => void): this;
  destroy(error?: Error): this;
}

class AnalyzeTransform extends Transform {
  private readonly runner: Runner<Analysis>;
  private readonly window: number;
  private readonly pending: Promise<Outcome<Analysis>>[] = [];
  private index = 0;
  private pumping = false;
  /** The write callback held back while the window is full. */
  private blocked: TransformCallback | null = null;
  private flushed: TransformCallback | null = null;

  constructor(options: AnalyzeManyOptions) {
    super({ objectMode: true });
    const shape = runShape(options);
    this.window = shape.window;
    this.runner = createRunner({ concurrency: shape.concurrency, config: analyzerConfig(options), analyzeOptions: { tokens: options.tokens, sentences: options.sentences }, encoder: 'analysis' });
  }

  override _transform(doc: DocumentInput, _encoding: BufferEncoding, callback: TransformCallback): void {
    const promise = startTask(this.runner, doc, this.index++);
    promise.catch(() => {}); // raised in order by pump()
    this.pending.push(promise);
    if (this.pending.length < this.window) callback();
    else this.blocked = callback;
    void this.pump();
  }

  override _flush(callback: TransformCallback): void {
    this.flushed = callback;
    void this.pump();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.runner.close().then(() => callback(error), callback);
  }

  // Pushes results in input order as they complete.
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.pending.length > 0) {
        const outcome = await this.pending[0]!;
        this.pending.shift();
        if (this.destroyed) return;
        this.push(toResult(outcome));
        if (this.blocked && this.pending.length < this.window) {
          const callback = this.blocked;
          this.blocked = null;
          callback();
        }
      }
      if (this.flushed) {
        const callback = this.flushed;
        this.flushed = null;
        await this.runner.close();
        callback();
      }
    } catch (error) {
      this.destroy(error as Error);
    } finally {
      this.pumping = false;
    }
  }
}

/**
 * An object-mode Transform stream: write documents (strings or `{ id, text }`), read results
 * (`{ id, analysis }` or `{ id, error }`) in the same order. Takes the options of `analyzeMany`.
 *
 * @example
 * import { createAnalyzeStream } from 'khabar';
 * const stream = createAnalyzeStream({ concurrency: 2 });
 * stream.on('data', (result) => console.log(result.id, result.error ?? result.analysis.quotes.length));
 * stream.write({ id: 'a', text: 'قال لافروف في موسكو إن التعاون سيتواصل.' });
 * stream.end();
 */
export function createAnalyzeStream(options: AnalyzeManyOptions = {}): AnalyzeStream {
  return new AnalyzeTransform(options) as unknown as AnalyzeStream;
}
