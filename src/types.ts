// The public JSON shapes. Every span is { start, end } in UTF-16 offsets of the caller's original text,
// end exclusive, with text === input.slice(start, end).

import type { Token } from './tokens/tokenize.js';
import type { Sentence } from './tokens/sentences.js';

export type { Token, TokenKind } from './tokens/tokenize.js';
export type { Sentence } from './tokens/sentences.js';
export type { Segmentation } from './tokens/segment.js';

/** Bumped whenever the shape of `Analysis` changes incompatibly (2: `referents`; a speaker's `entityId` is its referent's id). */
export const SCHEMA_VERSION = 2;

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
  /** Who said it: the fullest name of its referent in the document (or, for an anonymous source, its description). */
  name: string;
  /** The id of its referent (see `Analysis.referents`): the entity id for a named one, `ref:<n>` otherwise. */
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

/** A span of the text where a referent is mentioned. */
export interface ReferentMention {
  text: string;
  start: number;
  end: number;
}

/**
 * Who or what the document speaks of: the mentions of one entity (a full name and its partial ones),
 * with the descriptions that refer to it (its roles, `الوزير`, `البيان` for the body that issued it), or
 * a speaker the document does not name (an anonymous source, a described one).
 */
export interface Referent {
  /**
   * The entity id for a named referent (`person:mevlut_cavusoglu`, `rule:person:…`; also for a person the
   * rules proposed after a title and the model did not report as an entity); `ref:<n>` otherwise.
   */
  id: string;
  /** The fullest name the document gives; for an anonymous source, its description (`مصدر كبير في وزارة الدفاع`). */
  name: string;
  type: EntityType | null;
  /** `name`: the document names it; `anonymous`: an anonymous source; `description`: only described (`الجانبان`). */
  kind: 'name' | 'anonymous' | 'description';
  /** Its mentions, in text order. */
  mentions: ReferentMention[];
  /** Indexes into `Analysis.quotes` of what it said. */
  quotes: number[];
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
  /** Who is who: the entities and speakers, each with its mentions and quotes (in order of first mention). */
  referents: Referent[];
}

/** Per-call options of `analyze`. */
export interface AnalyzeOptions {
  /** Include the token list in the result (default true); entities and quotes are found either way. */
  tokens?: boolean;
  /** Include sentences (default true). */
  sentences?: boolean;
}
