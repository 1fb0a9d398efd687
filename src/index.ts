// khabar: Arabic news analysis. The public API in Node: the core (core.ts, the same everywhere) and what
// needs Node's threads and streams. Everything else is internal.

export * from './core.js';
export { analyzeMany } from './pipeline/analyze-many.js';
export { createAnalyzeStream } from './pipeline/stream.js';
export type { AnalyzeStream } from './pipeline/stream.js';
export type { AnalyzeManyOptions, AnalyzeResult, DocumentError, DocumentInput } from './pipeline/types.js';
