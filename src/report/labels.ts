// Display names for the schema's codes, shared by the HTML and terminal renderers.

import type { EntityType, QuoteKind, SpeakerResolution } from '../types.js';

/** Entity types in the order the legend and the tables list them. */
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORGANIZATION', 'COUNTRY', 'CITY', 'LOCATION', 'WEAPON'];

export const TYPE_LABELS: Readonly<Record<EntityType, string>> = {
  PERSON: 'شخص',
  ORGANIZATION: 'منظمة',
  COUNTRY: 'دولة',
  CITY: 'مدينة',
  LOCATION: 'مكان',
  WEAPON: 'سلاح',
};

export const KIND_LABELS: Readonly<Record<QuoteKind, string>> = {
  direct: 'اقتباس مباشر',
  indirect: 'كلام منقول',
  mixed: 'اقتباس مختلط',
};

export const RESOLUTION_LABELS: Readonly<Record<SpeakerResolution, string>> = {
  explicit: 'مذكور صراحة',
  title: 'باللقب',
  pronoun: 'بالضمير',
  carried: 'من جملة سابقة',
  anonymous: 'مصدر غير مسمى',
};

/** What a speaker the document does not name is (a named one needs no label). */
export const REFERENT_KIND_LABELS: Readonly<Record<'anonymous' | 'description', string>> = {
  anonymous: 'مصدر غير مسمى',
  description: 'غير مسمى',
};

/** The speaker shown when a quote has none. */
export const UNKNOWN_SPEAKER = 'متحدث غير معروف';

// Analyses may come from JSON written by another version: an unknown code is shown as it is.
export function typeLabel(type: string): string {
  return Object.hasOwn(TYPE_LABELS, type) ? TYPE_LABELS[type as EntityType] : type;
}

export function kindLabel(kind: string): string {
  return Object.hasOwn(KIND_LABELS, kind) ? KIND_LABELS[kind as QuoteKind] : kind;
}

export function resolutionLabel(resolution: string): string {
  return Object.hasOwn(RESOLUTION_LABELS, resolution) ? RESOLUTION_LABELS[resolution as SpeakerResolution] : resolution;
}

/** A CSS class for a type: only known types get one of their own. */
export function typeClass(type: string): string {
  return Object.hasOwn(TYPE_LABELS, type) ? `t-${type.toLowerCase()}` : 't-other';
}
