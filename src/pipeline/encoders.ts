// What a finished analysis is turned into where it was computed. The command line has workers encode
// their output (a JSON line, CoNLL text, corpus counts), so the main thread only writes strings and
// adds numbers, and one worker gives exactly the bytes that several give.

import { conllDocument } from '../cli/formats/conll.js';
import { documentStats, type DocumentStats } from '../cli/corpus-stats.js';
import { scanTokens } from '../tokens/scan.js';
import { sentenceBounds } from '../tokens/sentences.js';
import type { Analysis, AnalyzeOptions } from '../types.js';

export interface Encoded {
  /** The analysis itself (the library API). */
  analysis: Analysis;
  /** The JSONL record `{"id":…,"analysis":{…}}`, without the line break. */
  record: string;
  /** The document in CoNLL. */
  conll: string;
  /** The counts `khabar corpus` adds up. */
  stats: DocumentStats;
}

export type EncoderName = keyof Encoded;

export const ENCODERS: { readonly [K in EncoderName]: (id: string, analysis: Analysis, text: string) => Encoded[K] } = {
  analysis: (_id, analysis) => analysis,
  record: (id, analysis) => JSON.stringify({ id, analysis }),
  conll: (id, analysis) => conllDocument(id, analysis),
  stats: (_id, analysis, text) => {
    // counted on the token table (typed arrays) rather than on token objects built only to be
    // counted: allocation is what limits running analyzers side by side
    const table = scanTokens(text);
    return documentStats(analysis, table.count, sentenceBounds(table).length / 2);
  },
};

/** The layers an encoder needs; the caller's options can only leave more out where it reads them. */
export function analyzeOptionsFor(encoder: EncoderName, requested: AnalyzeOptions): AnalyzeOptions {
  if (encoder === 'conll') return { tokens: true, sentences: true };
  if (encoder === 'stats') return { tokens: false, sentences: false };
  return { tokens: requested.tokens, sentences: requested.sentences };
}
