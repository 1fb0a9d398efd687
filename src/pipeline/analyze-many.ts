// analyzeMany: many documents through one analyzer (or a pool of them), results in input order.

import { inOrder } from './ordered.js';
import { analyzerConfig, createRunner } from './runner.js';
import { runShape, startTask, toResult } from './tasks.js';
import type { AnalyzeManyOptions, AnalyzeResult, DocumentInput } from './types.js';

/**
 * Analyzes many documents and yields one result per document, in input order: `{ id, analysis }`, or
 * `{ id, error: { code, message } }` for a document that failed (the others go on). With
 * `concurrency > 1`, documents are analyzed on that many worker threads; at most `window` documents are
 * read ahead, so memory stays bounded however long the input is. Stopping early (`break`) terminates
 * the workers.
 *
 * @example
 * import { analyzeMany } from 'khabar';
 * const docs = [{ id: 'a', text: 'قال لافروف في موسكو إن التعاون سيتواصل.' }, 'نص آخر'];
 * for await (const result of analyzeMany(docs, { concurrency: 2, tokens: false })) {
 *   if (result.error) console.error(result.id, result.error.code);
 *   else console.log(result.id, result.analysis.entities.map((e) => e.name));
 * }
 */
export async function* analyzeMany(
  docs: Iterable<DocumentInput> | AsyncIterable<DocumentInput>,
  options: AnalyzeManyOptions = {},
): AsyncGenerator<AnalyzeResult, void, undefined> {
  const { concurrency, window } = runShape(options);
  const runner = createRunner({ concurrency, config: analyzerConfig(options), analyzeOptions: { tokens: options.tokens, sentences: options.sentences }, encoder: 'analysis' });
  let index = 0;
  try {
    for await (const outcome of inOrder(docs, (doc) => startTask(runner, doc, index++), window)) yield toResult(outcome);
  } finally {
    await runner.close();
  }
}
