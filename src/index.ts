// khabar: Arabic news analysis. The public API; everything else is internal.

export { analyze, createAnalyzer } from './analyzer.js';
export type { Analyzer, AnalyzerConfig } from './analyzer.js';
export { normalize, normalizeWithOffsets } from './text/normalize.js';
export type { NormalizeOptions, NormalizedText } from './text/normalize.js';
export { tokenize } from './tokens/tokenize.js';
export type { TokenizeOptions } from './tokens/tokenize.js';
export { sentences } from './tokens/sentences.js';
export { segment } from './tokens/segment.js';
export { detectLanguage } from './tokens/language.js';
export { analyzeMany } from './pipeline/analyze-many.js';
export { createAnalyzeStream } from './pipeline/stream.js';
export type { AnalyzeStream } from './pipeline/stream.js';
export type { AnalyzeManyOptions, AnalyzeResult, DocumentError, DocumentInput } from './pipeline/types.js';
export { KhabarError, ERROR_CODES } from './errors.js';
export type { KhabarErrorCode } from './errors.js';
export { SCHEMA_VERSION } from './types.js';
export type * from './types.js';
