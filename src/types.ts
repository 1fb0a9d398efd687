// The public JSON shapes. Every span is { start, end } in UTF-16 offsets of the caller's original text,
// end exclusive, with text === input.slice(start, end).

import type { Token } from './tokens/tokenize.js';
import type { Sentence } from './tokens/sentences.js';

export type { Token, TokenKind } from './tokens/tokenize.js';
export type { Sentence } from './tokens/sentences.js';
export type { Segmentation } from './tokens/segment.js';

/** Bumped whenever the shape of `Analysis` changes incompatibly. */
export const SCHEMA_VERSION = 1;

export type EntityType = 'PERSON' | 'ORGANIZATION' | 'COUNTRY' | 'CITY' | 'LOCATION' | 'WEAPON';

/** A named entity mention. */
export interface Entity {
  text: string;
  start: number;
  end: number;
  type: EntityType;
  /** Stable lexicon id (`country:TR`, `person:mevlut_cavusoglu`, …); rule-found entities get `rule:<type>:<name>`. */
  id: string;
  /** Canonical Arabic name (the full name for a partial mention). */
  name: string;
  /**
   * `name`; `adjective` for a nisba adjective linked to its country (التركية → country:TR); `description`
   * for a descriptive phrase that refers to an entity without being its name (الجيش الإسرائيلي → the Israeli
   * army, البرلمان الإيراني → Iran's parliament).
   */
  form: 'name' | 'adjective' | 'description';
  /** How it was found: from a lexicon, by a rule, or as a later partial mention of an earlier entity. */
  source: 'lexicon' | 'rule' | 'alias';
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface QuoteCue {
  text: string;
  start: number;
  end: number;
  /** The speech verb's lemma (قال, أكد …) or the phrase (في تصريحات, بحسب …). */
  lemma: string;
}

export type SpeakerResolution = 'explicit' | 'title' | 'pronoun' | 'carried' | 'anonymous';

export interface QuoteSpeaker {
  /** The mention of the speaker at this quote; absent when the subject is dropped. */
  text?: string;
  start?: number;
  end?: number;
  /** Who said it, as fully as the document knows. */
  name: string;
  /** The entity id when the speaker is a known entity, else null. */
  entityId: string | null;
  type: EntityType | null;
  resolution: SpeakerResolution;
}

export interface QuoteSource {
  text: string;
  start: number;
  end: number;
  name: string;
  entityId: string | null;
}

/** A quotation: its content span, the cue that introduces it, the speaker and the source. */
export interface Quote {
  kind: QuoteKind;
  text: string;
  start: number;
  end: number;
  cue: QuoteCue | null;
  speaker: QuoteSpeaker | null;
  source: QuoteSource | null;
}

/** The result of `analyze`: plain JSON. */
export interface Analysis {
  schemaVersion: typeof SCHEMA_VERSION;
  /** ISO 639-3 code from `detectLanguage` (`arb`, `pes`, `urd`, …, `und`). */
  language: string;
  tokens: Token[];
  sentences: Sentence[];
  entities: Entity[];
  quotes: Quote[];
}

/** Per-call options of `analyze`. */
export interface AnalyzeOptions {
  /** Include the token list in the result (default true); entities and quotes are found either way. */
  tokens?: boolean;
  /** Include sentences (default true). */
  sentences?: boolean;
}
