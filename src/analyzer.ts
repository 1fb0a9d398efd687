// The analyzer: runs the stages in a fixed order over one immutable text.
//   text ─► tokens (table, sentences, language) ─► entities ─► quotes ─► coref ─► Analysis (plain JSON)

import { KhabarError, assertText } from './errors.js';
import { scanTokens, type TokenTable } from './tokens/scan.js';
import { tokenObjects } from './tokens/tokenize.js';
import { sentenceBounds, sentenceObjects } from './tokens/sentences.js';
import { detectLanguage } from './tokens/language.js';
import { SCHEMA_VERSION, type Analysis, type AnalyzeOptions } from './types.js';
import { loadResources, type LexiconSource } from './lexicon/resources.js';
import { loadTagger } from './entities/load-model.js';
import { ModelScorer } from './entities/scorer.js';
import { entityObjects, recognizeEntities } from './entities/recognize.js';
import { extractQuotes } from './quotes/extract.js';
import { mentionIndex, speakerLayer } from './coref/mentions.js';
import { resolveSpeakers } from './coref/resolve.js';
import { withSpeakingPersons } from './coref/speaking-persons.js';

/** How an analyzer is set up. */
export interface AnalyzerConfig {
  /** Inputs longer than this (in UTF-16 code units) are refused with E_INPUT_TOO_LARGE. Default 50 MB. */
  maxInputLength?: number;
  /** Your own lexicons: paths of JSONL files, or entries (see lexicons/SCHEMA.md); they win ties. */
  lexicons?: readonly LexiconSource[];
  /** Load the lexicons shipped with khabar (default true). */
  defaultLexicons?: boolean;
  /**
   * The NER sequence model (a two-stage averaged perceptron trained on ANERcorp, with the lexicons and
   * rules as its evidence; models/README.md). On by default: true is the shipped model, a path loads
   * another one trained by scripts/train-ner.mjs, false keeps the lexicon-and-rules path (faster, fewer
   * names).
   */
  tagger?: boolean | string;
}

export interface Analyzer {
  /** Analyzes one document. */
  analyze(text: string, options?: AnalyzeOptions): Analysis;
}

export const DEFAULT_MAX_INPUT_LENGTH = 50 * 1024 * 1024;

/** An analysis with the document's token and sentence counts (which an analysis without its token and
 *  sentence lists does not carry). */
export interface CountedAnalysis {
  analysis: Analysis;
  tokens: number;
  sentences: number;
  /** The token table the analysis was made from. */
  table: TokenTable;
}

/** The method, keyed by a symbol outside the public interface, by which the pipeline gets the token
 *  table analyze made: the corpus counts read its size instead of tokenizing the text a second time, and
 *  a worker thread sends it packed instead of thousands of token objects (pipeline/packed.ts). */
export const ANALYZE_COUNTED = Symbol('khabar.analyzeCounted');

/** The counted analysis of an analyzer made by createAnalyzer; null for any other Analyzer. */
export function analyzeCounted(analyzer: Analyzer, text: string, options: AnalyzeOptions): CountedAnalysis | null {
  const method = (analyzer as { [ANALYZE_COUNTED]?: (text: string, options: AnalyzeOptions) => CountedAnalysis })[ANALYZE_COUNTED];
  return method ? method(text, options) : null;
}

/** Builds an analyzer once (lexicons compiled once), to analyze many documents. */
export function createAnalyzer(config: AnalyzerConfig = {}): Analyzer {
  const maxInputLength = config.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH;
  if (!Number.isFinite(maxInputLength) || maxInputLength <= 0) {
    throw new KhabarError('E_OPTION', `createAnalyzer: maxInputLength must be a positive number, got ${String(config.maxInputLength)}`);
  }
  const resources = loadResources({ lexicons: config.lexicons, defaultLexicons: config.defaultLexicons });
  const model = loadTagger(config.tagger);
  // one scorer per analyzer: it keeps the model's sums per word type of the analyzer's vocabulary
  const scorer = model ? new ModelScorer(model, resources) : null;
  const counted = (text: string, options: AnalyzeOptions = {}): CountedAnalysis => {
    assertText(text, 'analyze');
    if (text.length > maxInputLength) {
      throw new KhabarError('E_INPUT_TOO_LARGE', `analyze: input of ${text.length} characters is over the limit of ${maxInputLength}`);
    }
    const table = scanTokens(text);
    const bounds = sentenceBounds(table);
    const entities = recognizeEntities(table, resources, scorer);
    // the quotes as written, then who said each across the document, over the entities and the persons
    // the model left out
    const speakers = speakerLayer(entities);
    const mentionAt = mentionIndex(table.count, speakers.mentions);
    const { quotes, referents } = resolveSpeakers(speakers, mentionAt, extractQuotes(speakers, mentionAt, resources), resources);
    const analysis: Analysis = {
      schemaVersion: SCHEMA_VERSION,
      language: detectLanguage(text),
      tokens: options.tokens === false ? [] : tokenObjects(table),
      sentences: options.sentences === false ? [] : sentenceObjects(table, bounds),
      entities: withSpeakingPersons(entityObjects(text, entities.mentions), referents),
      quotes,
      referents,
    };
    return { analysis, tokens: table.count, sentences: bounds.length / 2, table };
  };
  return {
    analyze: (text: string, options?: AnalyzeOptions): Analysis => counted(text, options).analysis,
    [ANALYZE_COUNTED]: counted,
  } as Analyzer;
}

let shared: Analyzer | undefined;

/** Analyzes one document with a shared default analyzer (created on first use). */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  shared ??= createAnalyzer();
  return shared.analyze(text, options);
}
