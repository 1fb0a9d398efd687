// The lexicon entry schema and its validation. Every error names the file, the line and the field.

import { KhabarError } from '../errors.js';
import type { EntityType } from '../types.js';

export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORGANIZATION', 'COUNTRY', 'CITY', 'LOCATION', 'WEAPON'];

export const ROLES = [
  'head_of_state', 'king', 'emir', 'sultan', 'president', 'vice_president', 'crown_prince', 'prime_minister',
  'deputy_prime_minister', 'foreign_minister', 'defence_minister', 'interior_minister', 'finance_minister',
  'energy_minister', 'economy_minister', 'justice_minister', 'health_minister', 'education_minister',
  'information_minister', 'minister', 'speaker', 'mp', 'party_leader', 'opposition_leader', 'armed_group_leader',
  'religious_leader', 'military_commander', 'chief_of_staff', 'intelligence_chief', 'spokesperson',
  'secretary_general', 'envoy', 'ambassador', 'central_bank_governor', 'governor', 'mayor', 'judge', 'prosecutor',
  'journalist', 'businessperson', 'athlete', 'coach', 'artist', 'scholar', 'royal',
] as const;
export type Role = (typeof ROLES)[number];

/** A role a person holds or held. */
export interface RoleSpec {
  role: Role;
  country?: string;
  from?: number;
  to?: number;
}

/** One line of an entity lexicon (see lexicons/SCHEMA.md). */
export interface LexiconEntry {
  id: string;
  type: EntityType;
  /** Canonical Arabic name. */
  name: string;
  /** Other spellings and forms that mean this entity on their own. */
  variants?: string[];
  /** English name. */
  en?: string;
  gender?: 'm' | 'f';
  /** ISO 3166-1 alpha-2. */
  country?: string;
  roles?: RoleSpec[];
  /** Nisba adjective forms (countries). */
  nisba?: string[];
  /** Descriptive noun phrases that refer to the entity without being its name (الجيش الإسرائيلي). */
  descriptions?: string[];
  /** The name is also a common word: matched only after a trigger word. */
  ambiguous?: boolean;
  /** A facility (a mosque, a tower, a bridge): found and linked like a name, reported as a description. */
  facility?: boolean;
  /** Every name of the entry is a descriptive phrase (العالم العربي: a common noun and its adjective): found
   *  and linked like a name, reported as a description. */
  descriptive?: boolean;
  /** Provenance. */
  source: string;
}

/** A given name (lexicons/given-names.jsonl). */
export interface GivenName {
  name: string;
  gender: 'm' | 'f';
  common_word?: boolean;
}

/** A title or role phrase that precedes a name (lexicons/titles.jsonl). */
export interface Title {
  title: string;
  role: Role;
  /** c: used for either (سمو, فخامة). */
  gender: 'm' | 'f' | 'c';
  kind?: 'office' | 'honorific' | 'military';
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ID_PATTERN = /^[a-z]+:[\w:.-]{1,200}$/;
const COUNTRY_PATTERN = /^[A-Z]{2}$/;

/** Where an entry came from, for error messages. */
export interface Origin {
  file: string;
  line: number;
}

export function lexiconError(origin: Origin, field: string | null, problem: string): KhabarError {
  return new KhabarError('E_LEXICON', `${origin.file}:${origin.line}${field ? `: field "${field}"` : ''}: ${problem}`);
}

type Shape = Record<string, (value: unknown) => string | null>;

const isNonEmptyString = (v: unknown): string | null => (typeof v === 'string' && v.trim().length > 0 ? null : 'must be a non-empty string');
const isOptionalString = (v: unknown): string | null => (typeof v === 'string' ? null : 'must be a string');
const isStringList = (v: unknown): string | null =>
  Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim().length > 0) ? null : 'must be an array of non-empty strings';
const isGender = (v: unknown): string | null => (v === 'm' || v === 'f' ? null : 'must be "m" or "f"');
const isBoolean = (v: unknown): string | null => (typeof v === 'boolean' ? null : 'must be true or false');

const ENTRY_SHAPE: Shape = {
  id: (v) => (typeof v === 'string' && ID_PATTERN.test(v) ? null : 'must look like "type:slug" (e.g. "country:TR", "person:recep_tayyip_erdogan")'),
  type: (v) => (typeof v === 'string' && (ENTITY_TYPES as readonly string[]).includes(v) ? null : `must be one of ${ENTITY_TYPES.join(', ')}`),
  name: isNonEmptyString,
  variants: isStringList,
  en: isOptionalString,
  gender: isGender,
  country: (v) => (typeof v === 'string' && COUNTRY_PATTERN.test(v) ? null : 'must be an ISO 3166-1 alpha-2 code such as "TR"'),
  roles: (v) => {
    if (!Array.isArray(v)) return 'must be an array of { role, country?, from?, to? }';
    for (const r of v) {
      if (typeof r !== 'object' || r === null || Array.isArray(r)) return 'must be an array of { role, country?, from?, to? }';
      for (const key of Object.keys(r)) if (!['role', 'country', 'from', 'to'].includes(key)) return `has an unknown key "${key}" in a role`;
      const role = (r as Record<string, unknown>).role;
      if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) return `has an unknown role ${JSON.stringify(role)}`;
      const { country, from, to } = r as Record<string, unknown>;
      if (country !== undefined && (typeof country !== 'string' || !COUNTRY_PATTERN.test(country))) return 'has a role country that is not an ISO alpha-2 code';
      if (from !== undefined && !Number.isInteger(from)) return 'has a role "from" that is not a year';
      if (to !== undefined && !Number.isInteger(to)) return 'has a role "to" that is not a year';
    }
    return null;
  },
  nisba: isStringList,
  descriptions: isStringList,
  ambiguous: isBoolean,
  facility: isBoolean,
  descriptive: isBoolean,
  source: isNonEmptyString,
};

const GIVEN_NAME_SHAPE: Shape = { name: isNonEmptyString, gender: isGender, common_word: isBoolean };
const TITLE_SHAPE: Shape = {
  title: isNonEmptyString,
  role: (v) => (typeof v === 'string' && (ROLES as readonly string[]).includes(v) ? null : 'must be a role of the vocabulary in lexicons/SCHEMA.md'),
  gender: (v) => (v === 'm' || v === 'f' || v === 'c' ? null : 'must be "m", "f" or "c"'),
  kind: (v) => (v === 'office' || v === 'honorific' || v === 'military' ? null : 'must be "office", "honorific" or "military"'),
};

function check<T>(value: unknown, shape: Shape, required: readonly string[], origin: Origin): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw lexiconError(origin, null, 'is not a JSON object');
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) throw lexiconError(origin, key, 'is not allowed');
    if (!Object.hasOwn(shape, key)) throw lexiconError(origin, key, 'is not a known field');
  }
  const record = value as Record<string, unknown>;
  for (const key of required) if (!Object.hasOwn(record, key)) throw lexiconError(origin, key, 'is missing');
  for (const key of Object.keys(record)) {
    const problem = shape[key](record[key]);
    if (problem) throw lexiconError(origin, key, problem);
  }
  return value as T;
}

export function checkEntry(value: unknown, origin: Origin): LexiconEntry {
  const entry = check<LexiconEntry>(value, ENTRY_SHAPE, ['id', 'type', 'name', 'source'], origin);
  if (entry.type === 'PERSON' && entry.gender === undefined) throw lexiconError(origin, 'gender', 'is missing (required for PERSON)');
  if (entry.roles && entry.type !== 'PERSON') throw lexiconError(origin, 'roles', 'is only for PERSON entries');
  if (entry.nisba && entry.type !== 'COUNTRY') throw lexiconError(origin, 'nisba', 'is only for COUNTRY entries');
  return entry;
}

export const checkGivenName = (value: unknown, origin: Origin): GivenName => check<GivenName>(value, GIVEN_NAME_SHAPE, ['name', 'gender'], origin);
export const checkTitle = (value: unknown, origin: Origin): Title => check<Title>(value, TITLE_SHAPE, ['title', 'role', 'gender'], origin);
