// khabar's core: everything that runs wherever JavaScript runs (browsers, web workers, Deno, edge
// runtimes, Node), with the shipped lexicons and model built in as data. It is the package's entry outside
// Node; in Node, index.ts adds the worker pool and streams (and lexicon files can be given by path).

export { analyze, createAnalyzer } from './analyzer.js';
export type { Analyzer, AnalyzerConfig } from './analyzer.js';
export * from './text.js';
export { parseLexicon } from './lexicon/resources.js';
export type { LexiconSource } from './lexicon/resources.js';
export type { LexiconEntry } from './lexicon/schema.js';
export { KhabarError, ERROR_CODES } from './errors.js';
export type { KhabarErrorCode } from './errors.js';
export { SCHEMA_VERSION } from './types.js';
export type * from './types.js';
